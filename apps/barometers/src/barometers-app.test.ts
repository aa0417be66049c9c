import { expect, waitUntil } from '@open-wc/testing';
import {
  PEOPLE,
  barometersPortal,
  deep,
  deepAll,
  found,
  mountBarometers,
  textOf,
} from './barometers-testing.js';

/** The section tabs' labels. */
const tabs = (app: Element) => deepAll(app, 'nav.sections a').map((link) => textOf(link));

describe('piazza-barometers-app', () => {
  it('shows a region manager every section but portal health', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias));
    await found(app, 'nav.sections a');
    expect(tabs(app)).to.deep.equal([
      'My network',
      'Engagement',
      'Voice of the network',
      'Pulse surveys',
      'KPI import',
    ]);
    expect(deep(app, 'nav.sections a[aria-current=page]')?.textContent?.trim()).to.equal(
      'My network',
    );
  });

  it('shows an admin portal health too', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.oliver));
    await found(app, 'nav.sections a');
    expect(tabs(app)).to.include.members(['Portal health', 'KPI import']);
    expect(tabs(app).length).to.equal(6);
  });

  it('opens the pulse surveys for an editor, with no section they cannot use', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.francesca, 'it'));
    await found(app, 'piazza-pulse-surveys');
    expect(deep(app, 'nav.sections')).to.equal(null);
    expect(deep(app, 'piazza-network-barometer')).to.equal(null);
    await mountBarometers(await barometersPortal(PEOPLE.francesca, 'it'), 'import');
    const refused = await mountBarometers(await barometersPortal(PEOPLE.francesca, 'it'), 'import');
    await waitUntil(() => textOf(deep(refused, 'p')).startsWith('I tuoi ruoli'));
    expect(deep(refused, 'piazza-kpi-import')).to.equal(null);
  });

  it('completes the address with the broadest scope and the last complete month', async () => {
    const app = await mountBarometers(await barometersPortal(PEOPLE.matthias));
    await found(app, 'piazza-network-barometer');
    const search = new URLSearchParams(window.location.search);
    expect(search.get('scope')).to.equal('REGION:region-de-01');
    expect(search.get('brand')).to.equal('brand-norvik');
    // Keeps the scope when moving to another scoped section.
    const voice = deepAll<HTMLAnchorElement>(app, 'nav.sections a')[2]!;
    expect(new URL(voice.href).searchParams.get('scope')).to.equal('REGION:region-de-01');
  });

  it('changes the period from the scope bar, and back goes back', async () => {
    const app = await mountBarometers(
      await barometersPortal(PEOPLE.matthias, 'de'),
      '?scope=REGION:region-de-01&brand=brand-norvik&period=2026-10',
    );
    const kind = await found<HTMLSelectElement>(
      app,
      'piazza-barometer-scope-bar',
      'select[name=periodKind]',
    );
    kind.value = 'QUARTER';
    kind.dispatchEvent(new Event('change'));
    await waitUntil(() => new URLSearchParams(window.location.search).get('period') === '2026-Q4');
    const period = deep<HTMLSelectElement>(
      app,
      'piazza-barometer-scope-bar',
      'select[name=period]',
    )!;
    await waitUntil(() => period.selectedOptions[0]?.textContent?.trim() === '4. Quartal 2026');
    window.history.back();
    await waitUntil(() => new URLSearchParams(window.location.search).get('period') === '2026-10');
    await waitUntil(() =>
      textOf(deep(app, 'piazza-network-barometer', 'caption')).includes('Oktober 2026'),
    );
  });

  it('offers the running month where counts are live (engagement, voice), not for KPIs', async () => {
    const now = new Date();
    const running = now.toISOString().slice(0, 7);
    const name = new Intl.DateTimeFormat('it', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const periods = async (screen: string) => {
      const app = await mountBarometers(
        await barometersPortal(PEOPLE.matthias, 'it'),
        `${screen}?scope=REGION:region-de-01&brand=brand-norvik`,
      );
      await found(app, 'piazza-barometer-scope-bar', 'select[name=period] option');
      return deepAll<HTMLOptionElement>(
        app,
        'piazza-barometer-scope-bar',
        'select[name=period] option',
      ).map((option) => [option.value, textOf(option)]);
    };
    expect((await periods('voice'))[0]).to.deep.equal([running, `${name} (finora)`]);
    expect((await periods('engagement'))[0]).to.deep.equal([running, `${name} (finora)`]);
    expect((await periods('')).map(([value]) => value)).not.to.include(running);
  });
});
