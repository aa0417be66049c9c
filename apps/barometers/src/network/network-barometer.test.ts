import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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

const NETWORK = 'piazza-network-barometer';
const OCTOBER = `?scope=${NORD.scope}&brand=${NORD.brand}&period=2026-10`;

/** What the mocks answer Matthias for his region in October 2026: the figures to expect. */
function nordBarometer() {
  const network = mockNetwork();
  const matthias = network.people.find((person) => person.id === PEOPLE.matthias.id);
  return new MockBarometersApi(network).barometer(matthias, {
    scope: { level: 'REGION', id: 'region-de-01', brandId: NORD.brand },
    period: '2026-10',
    locale: 'en',
  });
}

/** The dealers' names, as the table lists them. */
async function dealerNames(app: Element): Promise<string[]> {
  await found(app, NETWORK, 'tbody:not(.rollups) tr');
  // The link's own text, without the city below the name.
  return deepAll(app, NETWORK, 'tbody:not(.rollups) th a').map((link) =>
    [...link.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim(),
  );
}

const search = () => new URLSearchParams(window.location.search);

describe('piazza-network-barometer', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('shows a region manager his dealers against each KPI with formatted figures and symbols', async () => {
    const expected = nordBarometer();
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), OCTOBER);
    const names = await dealerNames(app);
    expect(names.length).to.equal(expected.rows.length).and.to.be.greaterThan(3);
    expect(textOf(deep(app, NETWORK, 'caption'))).to.contain(
      'Nord dealers against target, October 2026',
    );
    const rollup = deep(app, NETWORK, 'tbody.rollups tr');
    expect(textOf(rollup?.querySelector('th'))).to.equal('Region total: Nord');

    const kpis = expected.kpis.map((kpi) => kpi.code);
    const first = expected.rows.find((row) => row.name === names[0])!;
    const cells = [...deep(app, NETWORK, 'tbody:not(.rollups) tr')!.querySelectorAll('td')];
    const revenue = first.cells[kpis.indexOf('SERVICE_REVENUE')]!;
    const revenueText = textOf(cells[kpis.indexOf('SERVICE_REVENUE')]);
    expect(revenueText).to.contain(`€${Math.round(revenue.actual!).toLocaleString('en')}`);
    expect(revenueText).to.contain(`Target €${Math.round(revenue.target!).toLocaleString('en')}`);
    expect(revenueText).to.contain(`${Math.round(revenue.attainment! * 100)}%`);
    const symbol = { MET: '✓ Met', NEAR: '≈ Near', MISSED: '✗ Missed', NO_DATA: '– No data' };
    expect(revenueText).to.contain(symbol[revenue.status]);
    expect(revenueText).to.contain(`Rank ${revenue.rank} / ${revenue.rankOf}`);
    // A percentage KPI is a fraction shown as a percentage, not 0.15.
    const conversion = textOf(cells[kpis.indexOf('LEAD_CONVERSION')]);
    expect(conversion).to.match(/\d+(\.\d)?%/);
    expect(conversion).not.to.match(/(^|\s)0\.\d/);
    // The trend is drawn for the eye only and said in words.
    const sparkline = cells[0]!.querySelector('svg.sparkline');
    expect(sparkline?.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(cells[0])).to.match(/(Rising|Falling|Steady) over the last 12 periods/);
    // The change against September, with its sign (where both months were measured).
    const compared = first.cells.findIndex((c) => c.actual !== null && c.comparison !== null);
    const { actual, comparison } = first.cells[compared]!;
    const arrow = actual! > comparison! ? '▲ +' : actual! < comparison! ? '▼ -' : '= ';
    expect(textOf(cells[compared])).to.contain(`Change since September 2026: ${arrow}`);
    const unmeasured = first.cells.findIndex((c) => c.comparison === null);
    if (unmeasured >= 0) {
      expect(textOf(cells[unmeasured])).to.contain('Change since September 2026: –');
    }
  });

  it('sorts by a KPI’s attainment and filters by status and name, all in the address', async () => {
    const expected = nordBarometer();
    const column = expected.kpis.findIndex((kpi) => kpi.code === 'NEW_VEHICLE_SALES');
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), OCTOBER);
    await dealerNames(app);

    const header = deepAll<HTMLButtonElement>(app, NETWORK, 'thead button.sort')[column + 1]!;
    header.click();
    await waitUntil(() => search().get('sort') === 'NEW_VEHICLE_SALES');
    const best = [...expected.rows]
      .filter((row) => row.cells[column]!.attainment !== null)
      .sort((a, b) => b.cells[column]!.attainment! - a.cells[column]!.attainment!)[0]!;
    await waitUntil(async () => (await dealerNames(app))[0] === best.name, 'not sorted');
    expect(header.closest('th')!.getAttribute('aria-sort')).to.equal('descending');

    const status = deep<HTMLSelectElement>(app, NETWORK, 'select#status')!;
    status.value = 'MISSED';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => search().get('status') === 'MISSED');
    const missing = expected.rows.filter((row) => row.cells.some((c) => c.status === 'MISSED'));
    await waitUntil(async () => (await dealerNames(app)).length === missing.length);

    const query = deep<HTMLInputElement>(app, NETWORK, 'input#q')!;
    const city = missing[0]!.city!;
    query.value = city;
    query.dispatchEvent(new Event('change'));
    await waitUntil(() => search().get('q') === city);
    const inCity = missing.filter((row) => row.city === city || row.name.includes(city));
    await waitUntil(async () => (await dealerNames(app)).length === inCity.length);

    // Back undoes the name filter; the address alone rebuilds the view.
    window.history.back();
    await waitUntil(() => search().get('q') === null, 'back did not go back');
    await waitUntil(async () => (await dealerNames(app)).length === missing.length);
    const shared = `${window.location.search}`;
    const again = await mountBarometers(await barometersPortal(PEOPLE.matthias), shared);
    expect((await dealerNames(again)).length).to.equal(missing.length);
    expect(deep<HTMLSelectElement>(again, NETWORK, 'select#status')!.value).to.equal('MISSED');
  });

  it('lets an admin choose a brand and drill from the group down to a region', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.oliver));
    const brand = await found<HTMLSelectElement>(
      app,
      'piazza-barometer-scope-bar',
      'select[name=brand]',
    );
    await waitUntil(() => search().get('scope') === 'GROUP');
    brand.value = NORD.brand;
    brand.dispatchEvent(new Event('change'));
    await waitUntil(() => search().get('brand') === NORD.brand);
    const germany = await found<HTMLAnchorElement>(
      app,
      NETWORK,
      'tbody:not(.rollups) a[href*="COUNTRY%3ADE"]',
    );
    germany.click();
    await waitUntil(() => search().get('scope') === 'COUNTRY:DE');
    await waitUntil(() => textOf(deep(app, NETWORK, 'caption')).startsWith('Germany regions'));
    const nord = await found<HTMLAnchorElement>(app, NETWORK, 'a[href*="region-de-01"]');
    nord.click();
    await waitUntil(() => search().get('scope') === NORD.scope);
    await waitUntil(() => textOf(deep(app, NETWORK, 'caption')).startsWith('Nord dealers'));
    // The roll-ups: the region, then its country and the group the admin sees too.
    await waitUntil(() => deepAll(app, NETWORK, 'tbody.rollups tr').length === 3);
    const path = await found(app, 'piazza-barometer-scope-bar', 'nav ol');
    expect(textOf(path)).to.contain('Norvik (group)');
    expect(textOf(path)).to.contain('Germany (country)');
    expect(textOf(path)).to.contain('Nord (region)');
    // A dealer opens its page, keeping the scope for the way back.
    const dealer = deep<HTMLAnchorElement>(app, NETWORK, 'tbody:not(.rollups) a')!;
    expect(new URL(dealer.href).pathname).to.match(/^\/portal\/barometers\/dealers\/dealer-de-/);
    expect(new URL(dealer.href).searchParams.get('scope')).to.equal(NORD.scope);
  });

  it('shows a card per dealer with its KPIs as a list at phone width', async () => {
    await setViewport({ width: 390, height: 800 });
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), OCTOBER);
    const cards = await found(app, NETWORK, 'ul.cards');
    expect(getComputedStyle(cards).display).to.equal('block');
    expect(getComputedStyle(deep(app, NETWORK, '.scroller')!).display).to.equal('none');
    const card = deepAll(app, NETWORK, 'ul.cards > li')[1]!;
    expect(card.querySelectorAll('dt').length).to.equal(nordBarometer().kpis.length);
    expect(app.scrollWidth).to.be.at.most(390);
  });

  it('exports exactly the rows shown as a UTF-8 CSV with raw numbers and the status in words', async () => {
    const expected = nordBarometer();
    const missing = expected.rows.filter((row) => row.cells.some((c) => c.status === 'MISSED'));
    const app = await mountBarometers(
      await barometersPortal(PEOPLE.matthias),
      `${OCTOBER}&status=MISSED`,
    );
    await dealerNames(app);
    const { fileName, text, bytes } = await captureDownload(() =>
      deep<HTMLButtonElement>(app, NETWORK, 'button.download')!.click(),
    );
    expect(fileName).to.equal('barometer-REGION-region-de-01-2026-10.csv');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('Level,Identifier,Name,City,NEW_VEHICLE_SALES actual,')).to.equal(
      true,
    );
    // The region's roll-up, then the dealers shown.
    expect(lines.length).to.equal(1 + 1 + missing.length);
    expect(lines[1]!.startsWith('REGION,region-de-01,Nord,,')).to.equal(true);
    const dealer = [...missing].sort((a, b) => a.name.localeCompare(b.name))[0]!;
    const line = lines.find((l) => l.includes(dealer.id))!;
    const cell = dealer.cells[0]!;
    expect(line).to.contain(`,${cell.actual},${cell.target},${cell.attainment},`);
    expect(line).to.match(/,(✓ Met|≈ Near|✗ Missed|– No data),/);
  });

  it('speaks German and Italian, numbers and months included', async () => {
    const german = await mountBarometers(await barometersPortal(PEOPLE.matthias, 'de'), OCTOBER);
    await dealerNames(german);
    expect(textOf(deep(german, NETWORK, 'caption'))).to.contain(
      'Händler der Region Nord im Vergleich zum Ziel, Oktober 2026',
    );
    const germanCells = deepAll(german, NETWORK, 'tbody:not(.rollups) td').map(textOf).join(' ');
    expect(germanCells).to.match(/(Erreicht|Knapp|Verfehlt)/);
    expect(germanCells).to.match(/\d{1,3}(\.\d{3})+ €/);

    const italian = await mountBarometers(await barometersPortal(PEOPLE.matthias, 'it'), OCTOBER);
    await dealerNames(italian);
    expect(textOf(deep(italian, NETWORK, 'caption'))).to.contain(
      "Concessionari della regione Nord rispetto all'obiettivo, ottobre 2026",
    );
    const italianCells = deepAll(italian, NETWORK, 'tbody:not(.rollups) td').map(textOf).join(' ');
    expect(italianCells).to.match(/(Raggiunto|Vicino|Mancato)/);
    expect(italianCells).to.contain('Obiettivo');
  });

  it('is accessible', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias), OCTOBER);
    await dealerNames(app);
    await expect(deep(app, NETWORK)).to.be.accessible();
  });
});
