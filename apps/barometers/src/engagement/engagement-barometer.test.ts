import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  NORD,
  PEOPLE,
  barometersPortal,
  captureDownload,
  deep,
  deepAll,
  mountBarometers,
  textOf,
} from '../barometers-testing.js';

const SCREEN = 'piazza-engagement-barometer';
const ADDRESS = `engagement?scope=${NORD.scope}&brand=${NORD.brand}&period=2026-10`;

/** The dealers' rows (roll-ups are in the first tbody). */
const rows = (app: Element) => deepAll(app, SCREEN, 'tbody:last-of-type tr');
const names = (app: Element) => rows(app).map((row) => textOf(row.querySelector('th')));
/** The "x of y" counts under each rate of a row, as numbers. */
function counts(row: Element): [number, number][] {
  return [...row.querySelectorAll('.counts')].map((cell) => {
    const [part, whole] = textOf(cell)
      .match(/[\d.,]+/g)!
      .map((n) => Number(n.replace(/\D/g, '')));
    return [part!, whole!];
  });
}
const rates = (row: Element) => [...row.querySelectorAll('.rate')].map((cell) => textOf(cell));

async function openEngagement(locale = 'en') {
  const app = await mountBarometers(await barometersPortal(PEOPLE.matthias, locale), ADDRESS);
  await waitUntil(() => rows(app).length > 0, 'no rows', { timeout: 8000 });
  return app;
}

describe('piazza-engagement-barometer', () => {
  it("shows each dealer's rates computed from its counts, with the region and country roll-ups", async () => {
    const app = await openEngagement();
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
    for (const row of deepAll(app, SCREEN, 'tbody tr')) {
      const expected = counts(row).map(([part, whole]) =>
        whole === 0 ? '–' : percent.format(part / whole),
      );
      expect(rates(row), textOf(row.querySelector('th'))).to.deep.equal(expected);
      expect(row.querySelectorAll('progress[aria-hidden="true"]')).to.have.length(3);
    }
    const rollups = deepAll(app, SCREEN, 'tbody:first-of-type tr');
    expect(rollups.map((row) => textOf(row.querySelector('th')))).to.deep.equal([
      'Nord Total',
      'Germany Total',
    ]);
    await expect(deep(app, SCREEN)).to.be.accessible();
  });

  it('sorts by a rate, the best first, rows without one last; pressed again, the other way', async () => {
    const app = await openEngagement();
    const sla = () => deepAll<HTMLButtonElement>(app, SCREEN, 'thead button')[4]!;
    const shares = () =>
      rows(app).map((row) => {
        const [part, whole] = counts(row)[2]!;
        return whole === 0 ? null : part / whole;
      });
    sla().click();
    await waitUntil(() => sla().closest('th')!.getAttribute('aria-sort') === 'descending');
    const down = shares();
    const known = down.filter((share): share is number => share !== null);
    expect(known).to.deep.equal([...known].sort((a, b) => b - a));
    expect(down.slice(known.length).every((share) => share === null)).to.equal(true);
    sla().click();
    await waitUntil(() => sla().closest('th')!.getAttribute('aria-sort') === 'ascending');
    const up = shares().filter((share): share is number => share !== null);
    expect(up).to.deep.equal([...up].sort((a, b) => a - b));
    expect(names(app)).to.have.length(down.length);
  });

  it('exports the table as shown, roll-ups first, counts raw', async () => {
    const app = await openEngagement();
    const button = deepAll<HTMLButtonElement>(app, SCREEN, 'button.piazza-button')[0]!;
    const { fileName, text } = await captureDownload(() => button.click());
    expect(fileName).to.equal('engagement-region-de-01-2026-10.csv');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]!.startsWith('Level,Identifier,Name,People,Active people (count)')).to.equal(
      true,
    );
    expect(lines).to.have.length(1 + 2 + rows(app).length);
    expect(lines[1]!.startsWith('REGION,region-de-01,Nord,')).to.equal(true);
  });

  it('speaks German, numbers and all', async () => {
    const app = await openEngagement('de');
    await waitUntil(() => textOf(deep(app, SCREEN, 'h1')) === 'Beteiligung');
    const headings = deepAll(app, SCREEN, 'thead button').map((button) => textOf(button));
    expect(headings).to.deep.equal([
      'Bezeichnung ▲',
      'Personen',
      'Aktive Personen',
      'Bestätigte Pflichtlektüren',
      'Tickets innerhalb der SLA',
    ]);
    expect(textOf(rows(app)[0]!.querySelector('.counts'))).to.match(/^\d+ von \d+ Personen$/);
    expect(rates(rows(app)[0]!)[0]).to.match(/^(\d+ %|–)$/);
  });

  it('fits a 360 px screen, each dealer a card', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const app = await openEngagement();
      for (const row of rows(app)) {
        expect(getComputedStyle(row).display).to.equal('block');
        expect(row.getBoundingClientRect().right).to.be.at.most(360);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
