import { expect, waitUntil } from '@open-wc/testing';
import { MockBarometersApi } from '../../../../mocks/barometers-api.js';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import {
  NORD,
  PEOPLE,
  barometersPortal,
  captureDownload,
  deep,
  deepAll,
  found,
  mountBarometers,
  textOf,
} from '../barometers-testing.js';

const DEALER = 'piazza-dealer-barometer';
const DEALER_ID = 'dealer-de-0001';

function expectedDealer() {
  const network = mockNetwork();
  const matthias = network.people.find((person) => person.id === PEOPLE.matthias.id);
  return new MockBarometersApi(network).dealerBarometer(matthias, {
    dealerId: DEALER_ID,
    period: '2026-10',
    locale: 'en',
  });
}

describe('piazza-dealer-barometer', () => {
  const path = `dealers/${DEALER_ID}?scope=${NORD.scope}&brand=${NORD.brand}&period=2026-10`;

  it('charts each KPI with its 24 months also as a table, and the way back', async () => {
    const expected = expectedDealer();
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), path);
    await found(app, DEALER, 'h1');
    await waitUntil(() => textOf(deep(app, DEALER, 'h1')) === 'Autohaus Hartmann');
    const sections = deepAll(app, DEALER, 'section[aria-labelledby^=kpi-]');
    expect(sections.length).to.equal(expected.kpis.length);
    const first = sections[0]!;
    expect(first.querySelector('piazza-kpi-chart')?.getAttribute('aria-hidden')).to.equal('true');
    await waitUntil(() =>
      first.querySelector('piazza-kpi-chart')?.shadowRoot?.querySelector('canvas'),
    );
    const details = first.querySelector('details')!;
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    const rows = [...details.querySelectorAll('tbody tr')];
    expect(rows.length).to.equal(24);
    const last = expected.kpis[0]!.points.at(-1)!;
    expect(textOf(rows.at(-1)!.querySelector('th'))).to.equal('October 2026');
    expect(textOf(rows.at(-1)!.querySelectorAll('td')[0])).to.equal(
      last.actual!.toLocaleString('en'),
    );
    const current = expected.kpis[0]!.current;
    expect(textOf(first.querySelector('dl.current'))).to.contain(
      `${current.rank} of ${current.rankOf}`,
    );
    const back = deep<HTMLAnchorElement>(app, DEALER, 'a.target-link')!;
    expect(new URL(back.href).pathname).to.equal('/portal/barometers');
    expect(new URL(back.href).searchParams.get('scope')).to.equal(NORD.scope);
  });

  it('shows the tickets by SLA state and engagement rates computed from the counts', async () => {
    const { tickets, engagement } = expectedDealer();
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), path);
    const facts = await found(app, DEALER, '.facts');
    const text = textOf(facts);
    expect(text).to.contain(`Open, at risk ${tickets.openAtRisk}`);
    const rate = Math.round((100 * tickets.resolvedWithinSla) / tickets.resolved);
    expect(text).to.contain(`${rate}% (${tickets.resolvedWithinSla} of ${tickets.resolved})`);
    const active = Math.round((100 * engagement.activePeople) / engagement.people);
    expect(text).to.contain(
      `Active people ${active}% (${engagement.activePeople} of ${engagement.people})`,
    );
  });

  it('downloads the KPI series as CSV', async () => {
    const expected = expectedDealer();
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), path);
    await found(app, DEALER, 'button.download');
    const { fileName, text } = await captureDownload(() =>
      deep<HTMLButtonElement>(app, DEALER, 'button.download')!.click(),
    );
    expect(fileName).to.equal(`barometer-${DEALER_ID}-2026-10.csv`);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('KPI code,KPI name,Period,Actual,Target');
    expect(lines.length).to.equal(1 + 24 * expected.kpis.length);
    const point = expected.kpis[0]!.points.at(-1)!;
    expect(lines).to.include(
      `NEW_VEHICLE_SALES,New vehicle sales,2026-10,${point.actual},${point.target}`,
    );
  });

  it('finds nothing for a dealer of another region', async () => {
    const app = await mountBarometers(
      await barometersPortal(PEOPLE.matthias),
      'dealers/dealer-fr-0001?period=2026-10',
    );
    await found(app, DEALER, 'piazza-error-panel');
    expect(deep(app, DEALER, 'section')).to.equal(null);
  });

  it('is accessible', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias, 'it'), path);
    await found(app, DEALER, 'section[aria-labelledby^=kpi-]');
    await expect(deep(app, DEALER)).to.be.accessible();
  });
});
