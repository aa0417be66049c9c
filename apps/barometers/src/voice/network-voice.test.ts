import { expect, waitUntil } from '@open-wc/testing';
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
import { formatChange } from './network-voice.js';

const SCREEN = 'piazza-network-voice';
const ADDRESS = `voice?scope=${NORD.scope}&brand=${NORD.brand}&period=2026-10`;

const themes = (app: Element) => deepAll(app, SCREEN, 'li.theme');
/** A theme's figures by their term: kind, this period, period before, change. */
function figures(theme: Element): string[] {
  return [...theme.querySelectorAll('dd')].map((dd) => textOf(dd));
}

async function openVoice(locale = 'en', query = '') {
  const app = await mountBarometers(
    await barometersPortal(PEOPLE.matthias, locale),
    ADDRESS + query,
  );
  await waitUntil(() => themes(app).length > 0, 'no themes', { timeout: 8000 });
  return app;
}

describe('piazza-network-voice', () => {
  it('lists the themes that rose or fell most first, with their change and regions', async () => {
    const app = await openVoice();
    const changes = themes(app).map((theme) => {
      const [, count, previous] = figures(theme).map((text) => Number(text.replace(/\D/g, '')));
      return Math.abs(count! - previous!);
    });
    expect(changes).to.deep.equal([...changes].sort((a, b) => b - a));
    const [first] = themes(app);
    const [kind, count, previous, change] = figures(first!);
    expect(['Ticket category', 'Ticket tag', 'Comment topic']).to.include(kind);
    expect(change).to.equal(
      formatChange({ count: Number(count), previousCount: Number(previous) }, 'en'),
    );
    const regions = [...first!.querySelectorAll('ul.regions li')];
    const byRegion = regions.map((li) => Number(textOf(li.lastElementChild)));
    expect(byRegion.reduce((sum, n) => sum + n, 0)).to.equal(Number(count));
    await expect(deep(app, SCREEN)).to.be.accessible();
  });

  it('says a change with its arrow, sign and percentage', () => {
    expect(formatChange({ count: 17, previousCount: 12 }, 'en')).to.equal('▲ +5 (+42%)');
    expect(formatChange({ count: 9, previousCount: 12 }, 'en')).to.equal('▼ -3 (-25%)');
    expect(formatChange({ count: 4, previousCount: 0 }, 'en')).to.equal('▲ +4');
    expect(formatChange({ count: 3, previousCount: 3 }, 'en')).to.equal('= 0 (0%)');
  });

  it('narrows to one kind through the address, and exports what it shows', async () => {
    const app = await openVoice();
    const select = deep<HTMLSelectElement>(app, SCREEN, '#kind')!;
    select.value = 'COMMENT_TOPIC';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => new URLSearchParams(window.location.search).get('kind') === 'COMMENT_TOPIC',
    );
    await waitUntil(() => themes(app).every((theme) => figures(theme)[0] === 'Comment topic'));
    const shown = themes(app).length;
    expect(shown).to.be.greaterThan(0);
    const button = deep<HTMLButtonElement>(app, SCREEN, '.toolbar button')!;
    const { fileName, text } = await captureDownload(() => button.click());
    expect(fileName).to.equal('voice-region-de-01-2026-10.csv');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).to.equal('Kind,Identifier,Theme,This period,Period before,Change,By region');
    expect(lines).to.have.length(1 + shown);
    expect(lines.slice(1).every((line) => line.startsWith('Comment topic,'))).to.equal(true);
  });

  it('speaks Italian, theme kinds included', async () => {
    const app = await openVoice('it', '&kind=TICKET_CATEGORY');
    expect(textOf(deep(app, SCREEN, 'h1'))).to.equal('Voce della rete');
    expect(themes(app).every((theme) => figures(theme)[0] === 'Categoria di ticket')).to.equal(
      true,
    );
    expect(textOf(deep(app, SCREEN, 'p.muted'))).to.contain('ottobre 2026');
  });

  it('shows the tags handlers gave tickets as the network’s feedback, in German', async () => {
    const app = await openVoice('de', '&kind=FEEDBACK_TAG');
    expect(themes(app).every((theme) => figures(theme)[0] === 'Ticket-Schlagwort')).to.equal(true);
    const names = themes(app).map((theme) => textOf(theme.querySelector('h2')));
    expect(names.length).to.be.greaterThan(0);
    expect(names.every((name) => /^#[\p{L}\p{N}-]+$/u.test(name))).to.equal(true);
  });
});
