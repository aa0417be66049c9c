import { expect, waitUntil } from '@open-wc/testing';
import {
  PEOPLE,
  barometersPortal,
  captureDownload,
  deep,
  deepAll,
  mountBarometers,
  textOf,
} from '../barometers-testing.js';
import { formatVital, rateVital, vitalTrend } from './vitals-rating.js';

const SCREEN = 'piazza-portal-health';

const tables = (app: Element) => deepAll(app, SCREEN, 'section:not(.trend)');
const select = (app: Element, id: string) => deep<HTMLSelectElement>(app, SCREEN, `#${id}`)!;

async function openHealth(query = '', locale = 'en') {
  const app = await mountBarometers(
    await barometersPortal(PEOPLE.oliver, locale),
    `health${query}`,
  );
  await waitUntil(() => tables(app).length === 4, 'no tables', { timeout: 8000 });
  return app;
}

describe('piazza-portal-health', () => {
  it('rates each value with the Core Web Vitals thresholds, as a symbol and words', () => {
    expect(rateVital('LCP', 2500)).to.equal('GOOD');
    expect(rateVital('LCP', 2501)).to.equal('NEEDS_IMPROVEMENT');
    expect(rateVital('LCP', 4001)).to.equal('POOR');
    expect(rateVital('INP', 200)).to.equal('GOOD');
    expect(rateVital('INP', 500)).to.equal('NEEDS_IMPROVEMENT');
    expect(rateVital('INP', 501)).to.equal('POOR');
    expect(rateVital('CLS', 0.1)).to.equal('GOOD');
    expect(rateVital('CLS', 0.25)).to.equal('NEEDS_IMPROVEMENT');
    expect(rateVital('CLS', 0.26)).to.equal('POOR');
    expect(rateVital('TTFB', 800)).to.equal('GOOD');
    expect(rateVital('TTFB', 1800)).to.equal('NEEDS_IMPROVEMENT');
    expect(rateVital('TTFB', 1801)).to.equal('POOR');
    expect(formatVital('LCP', 2430, 'en')).to.equal('2.4 sec');
    expect(formatVital('CLS', 0.084, 'en')).to.equal('0.08');
    expect(formatVital('INP', 182.4, 'en')).to.equal('182 ms');
  });

  it('reads a trend from the halves of the days measured, lower being better', () => {
    expect(vitalTrend([2600, 2500, null, 2400, 2300, 2200])).to.equal('better');
    expect(vitalTrend([180, 190, 230, 240])).to.equal('worse');
    expect(vitalTrend([0.05, 0.052, 0.051, 0.051])).to.equal('flat');
    expect(vitalTrend([400, null, 500, 600])).to.equal('none');
  });

  it('shows each vital’s trend by day as a line and in words', async () => {
    const app = await openHealth('', 'de');
    const trends = deepAll(app, SCREEN, '.trends li');
    expect(trends.map((li) => textOf(li.querySelector('strong')))).to.deep.equal([
      'LCP (Laden)',
      'INP (Reaktionszeit)',
      'CLS (visuelle Stabilität)',
      'TTFB (Serverantwort)',
    ]);
    const words = [
      'Im Zeitraum besser geworden',
      'Im Zeitraum schlechter geworden',
      'Im Zeitraum stabil',
    ];
    for (const li of trends) {
      expect(li.querySelector('svg.sparkline')).not.to.equal(null);
      expect(words).to.include(textOf(li.querySelector('span')));
    }
  });

  it('shows p75 by app, language, country and day, each value rated beside its number', async () => {
    const app = await openHealth();
    expect(tables(app).map((section) => textOf(section.querySelector('h2')))).to.deep.equal([
      'By app',
      'By language',
      'By country',
      'By day',
    ]);
    const byDay = tables(app)[3]!.querySelectorAll('tbody tr');
    expect(byDay).to.have.length(28);
    const words = { '✓': 'Good', '≈': 'Needs improvement', '✗': 'Poor' } as const;
    for (const rating of deepAll(app, SCREEN, '.rating')) {
      const [symbol, ...text] = textOf(rating).split(' ');
      expect(text.join(' ')).to.equal(words[symbol as keyof typeof words]);
      expect(rating.classList.contains(rateVitalClass(text.join(' ')))).to.equal(true);
    }
    // An LCP cell: its rating follows from its number.
    const lcp = tables(app)[0]!.querySelector('tbody tr td:nth-of-type(2)')!;
    const seconds = Number(textOf(lcp).match(/^([\d.]+) sec/)![1]);
    const rating = textOf(lcp.querySelector('.rating')).slice(2);
    expect(rating).to.equal(
      words[seconds * 1000 <= 2500 ? '✓' : seconds * 1000 <= 4000 ? '≈' : '✗'],
    );
    await expect(deep(app, SCREEN)).to.be.accessible();
  });

  it('keeps its filters in the address, and narrows by them', async () => {
    const app = await openHealth('?days=7&app=news');
    expect(select(app, 'days').value).to.equal('7');
    expect(select(app, 'app').value).to.equal('news');
    expect(tables(app)[3]!.querySelectorAll('tbody tr')).to.have.length(7);
    expect(tables(app)[0]!.querySelectorAll('tbody tr')).to.have.length(1);
    await waitUntil(() => select(app, 'country').options.length > 1, 'no countries');
    const country = select(app, 'country');
    country.value = 'IT';
    country.dispatchEvent(new Event('change'));
    await waitUntil(() => new URLSearchParams(window.location.search).get('country') === 'IT');
    const search = new URLSearchParams(window.location.search);
    expect(search.get('days')).to.equal('7');
    expect(search.get('app')).to.equal('news');
    await waitUntil(() => textOf(tables(app)[2]?.querySelector('tbody th')) === 'Italy');
    const { fileName, text } = await captureDownload(() =>
      deep<HTMLButtonElement>(app, SCREEN, '.toolbar button')!.click(),
    );
    expect(fileName).to.match(/^portal-health-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]!.startsWith('Grouped by,Group,Samples,LCP (loading),LCP rating')).to.equal(
      true,
    );
  });

  it('speaks Italian', async () => {
    const app = await openHealth('', 'it');
    expect(textOf(deep(app, SCREEN, 'h1'))).to.equal('Salute del portale');
    expect(select(app, 'days').selectedOptions[0]!.textContent!.trim()).to.equal(
      'Ultimi 28 giorni',
    );
    expect(textOf(deepAll(app, SCREEN, 'thead th')[2])).to.equal('LCP (caricamento)');
  });
});

/** The class a rating's words go with (its colour). */
function rateVitalClass(words: string): string {
  return { Good: 'GOOD', 'Needs improvement': 'NEEDS_IMPROVEMENT', Poor: 'POOR' }[words] ?? '';
}
