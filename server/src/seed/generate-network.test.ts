import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoPeople, generateNetwork, type Network } from './generate-network.js';

const network = generateNetwork();

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

describe('generateNetwork', () => {
  it('returns the same network for the same options', () => {
    expect(generateNetwork({ scale: 0.3, seed: 7 })).toEqual(
      generateNetwork({ scale: 0.3, seed: 7 }),
    );
  });

  it('returns a different network for another seed', () => {
    const other = generateNetwork({ seed: 2 });
    expect(other.people.map((p) => p.email)).not.toEqual(network.people.map((p) => p.email));
  });

  it('has the size of a real network at scale 1', () => {
    expect(network.brands.map((b) => b.id)).toEqual([
      'brand-veyra',
      'brand-lumo',
      'brand-norvik',
      'brand-castello',
    ]);
    expect(network.countries.map((c) => c.code).sort()).toEqual([
      'CL',
      'DE',
      'ES',
      'FR',
      'GB',
      'IT',
      'NL',
      'PL',
    ]);
    expect(network.dealers.length).toBe(300);
    expect(network.people.length).toBeGreaterThan(2700);
    expect(network.people.length).toBeLessThan(3700);
    expect(network.articles.length).toBe(200);
  });

  it('scales down to fractions and up by the knob', () => {
    const small = generateNetwork({ scale: 0.1 });
    expect(small.dealers.length).toBeGreaterThanOrEqual(30);
    expect(small.dealers.length).toBeLessThan(40);
    expect(small.articles.length).toBe(20);
    expect(generateNetwork({ scale: 2 }).dealers.length).toBe(600);
    expect(() => generateNetwork({ scale: 0 })).toThrow(RangeError);
  });

  it('gives every dealer its staff and one brand, spread over the countries', () => {
    const jobsAt = new Map<string, Set<string>>();
    for (const person of network.people) {
      if (!person.dealerId) continue;
      const jobs = jobsAt.get(person.dealerId) ?? new Set();
      jobs.add(person.job);
      jobsAt.set(person.dealerId, jobs);
    }
    for (const dealer of network.dealers) {
      expect([...(jobsAt.get(dealer.id) ?? [])].sort()).toEqual([
        'DEALER_PRINCIPAL',
        'MECHANIC',
        'SALESPERSON',
        'SERVICE_ADVISER',
        'SERVICE_MANAGER',
      ]);
    }
    const dealersIn = (cc: string) =>
      network.dealers.filter((d) => d.id.startsWith(`dealer-${cc}-`)).length;
    expect(dealersIn('de')).toBeGreaterThan(dealersIn('nl'));
    const jobs = network.people.map((p) => p.job);
    expect(jobs.filter((j) => j === 'IT_ADMIN')).toHaveLength(2);
    expect(jobs.filter((j) => j === 'TRANSLATOR')).toHaveLength(14);
    expect(jobs.filter((j) => j === 'EDITOR')).toHaveLength(4 * 8);
    expect(jobs.filter((j) => j === 'SALESPERSON').length).toBeGreaterThan(
      jobs.filter((j) => j === 'DEALER_PRINCIPAL').length,
    );
  });

  it('only refers to rows that exist, with unique ids and e-mails', () => {
    const check = (n: Network) => {
      const brands = byId(n.brands);
      const regions = byId(n.regions);
      const dealers = byId(n.dealers);
      const people = byId(n.people);
      const countries = new Set(n.countries.map((c) => c.code));
      expect(people.size).toBe(n.people.length);
      expect(new Set(n.people.map((p) => p.email)).size).toBe(n.people.length);
      expect(byId(n.articles).size).toBe(n.articles.length);
      for (const r of n.regions) expect(countries.has(r.countryCode)).toBe(true);
      for (const d of n.dealers)
        expect(regions.has(d.regionId) && brands.has(d.brandId)).toBe(true);
      for (const p of n.people) {
        expect(brands.has(p.brandId) && countries.has(p.countryCode)).toBe(true);
        if (p.dealerId) expect(dealers.has(p.dealerId)).toBe(true);
        if (p.regionId) expect(regions.get(p.regionId)?.countryCode).toBe(p.countryCode);
      }
      const teams = byId(n.teams);
      const scopes: Record<string, Set<string | null>> = {
        group: new Set([null]),
        brand: new Set(brands.keys()),
        country: countries,
        region: new Set(regions.keys()),
        dealer: new Set(dealers.keys()),
        community: new Set(n.communities.map((c) => c.id)),
        locale: new Set(n.countries.map((c) => c.locale)),
      };
      for (const r of n.roles) {
        expect(people.has(r.personId)).toBe(true);
        expect(scopes[r.scopeType]?.has(r.scopeId), `${r.scopeType} ${r.scopeId}`).toBe(true);
      }
      for (const p of n.people) {
        if (p.teamId) expect(teams.get(p.teamId)?.dealerId).toBe(p.dealerId);
        expect(p.teamId === null).toBe(p.dealerId === null);
      }
      for (const a of n.articles) expect(people.get(a.authorId)?.job).toBe('EDITOR');
      const keys = new Set(n.articleTranslations.map((t) => `${t.articleId}/${t.locale}`));
      expect(keys.size).toBe(n.articleTranslations.length);
      for (const a of n.articles) expect(keys.has(`${a.id}/${a.originalLocale}`)).toBe(true);
    };
    check(network);
    check(generateNetwork({ scale: 0.1 }));
  });

  it('contains each demo person in the place their journey needs', () => {
    const people = byId(network.people);
    const dealers = byId(network.dealers);
    for (const demo of demoPeople) {
      const person = people.get(demo.id);
      expect(person, demo.id).toMatchObject({
        givenName: demo.givenName,
        familyName: demo.familyName,
        job: demo.job,
        brandId: `brand-${demo.brandCode}`,
        countryCode: demo.countryCode,
        locale: demo.locale,
      });
    }
    const lyon = dealers.get(people.get('person-demo-fr-sales')?.dealerId ?? '');
    expect(lyon).toMatchObject({ city: 'Lyon', brandId: 'brand-veyra' });
    expect(people.get('person-demo-pl-sales')?.dealerId).toMatch(/^dealer-pl-/);
    const regionManager = people.get('person-demo-de-region');
    expect(
      network.dealers.some(
        (d) => d.regionId === regionManager?.regionId && d.brandId === 'brand-norvik',
      ),
    ).toBe(true);
    const admins = network.roles.filter((r) => r.role === 'ADMIN').map((r) => r.personId);
    expect(admins).toContain('person-demo-admin');
    const grantsOf = (id: string) =>
      network.roles.filter((r) => r.personId === id).map((r) => [r.role, r.scopeType, r.scopeId]);
    // Journey 5: the Lumo editor in Italy also targets Spain.
    expect(grantsOf('person-demo-it-editor')).toEqual([
      ['EDITOR', 'community', 'community-lumo-it'],
      ['EDITOR', 'community', 'community-lumo-es'],
    ]);
    expect(grantsOf('person-demo-pl-translator')).toEqual([['TRANSLATOR', 'locale', 'pl']]);
    expect(grantsOf('person-demo-pl-reviewer')).toEqual([
      ['TRANSLATOR', 'locale', 'pl'],
      ['TRANSLATION_REVIEWER', 'locale', 'pl'],
    ]);
    // Journey 2: the service manager works at the dealer Giulia's region covers.
    const service = people.get('person-demo-it-service');
    const area = people.get('person-demo-it-area');
    expect(dealers.get(service?.dealerId ?? '')?.regionId).toBe(area?.regionId);
  });

  it('spreads news over the 90 days before the reference date, in several languages', () => {
    const reference = Date.parse('2026-03-01T00:00:00Z');
    const news = generateNetwork({ referenceDate: '2026-03-01T00:00:00Z' });
    for (const article of news.articles) {
      const age = reference - Date.parse(article.publishedAt);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(90 * 86_400_000);
    }
    const brandWide = news.articles.filter((a) => a.countryCode === null).length;
    expect(brandWide).toBeGreaterThan(10);
    expect(brandWide).toBeLessThan(news.articles.length / 2);
    const locales = new Map<string, number>();
    for (const t of news.articleTranslations)
      locales.set(t.articleId, (locales.get(t.articleId) ?? 0) + 1);
    const counts = news.articles.map((a) => locales.get(a.id) ?? 0);
    expect(counts.filter((n) => n === 1).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n === 7).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n > 1 && n < 7).length).toBeGreaterThan(news.articles.length / 3);
    expect(new Set(news.articles.map((a) => a.originalLocale)).size).toBeGreaterThan(4);
    expect(news.articleTranslations.every((t) => !t.title.includes('{{'))).toBe(true);
    expect(news.articles.every((a) => /^\/media\/[\w-]+\.svg$/.test(a.imageUrl ?? ''))).toBe(true);
  });

  it('pins, in each brand, one article for all its readers for the week ahead', () => {
    const targeted = new Set(network.articleAudiences.map((a) => a.articleId));
    const pinned = network.articles.filter((a) => a.pinnedUntil !== null);
    expect(pinned.map((a) => a.brandId).sort()).toEqual(network.brands.map((b) => b.id).sort());
    for (const article of pinned) {
      expect(article.countryCode).toBeNull();
      expect(article.mustRead).toBe(false);
      expect(targeted.has(article.id)).toBe(false);
    }
  });

  it('imports nothing but its siblings and data, so the browser mocks can run it', () => {
    const seedDir = new URL('./', import.meta.url).href;
    const seen = new Set<string>();
    const visit = (file: URL) => {
      if (seen.has(file.href)) return;
      seen.add(file.href);
      const source = readFileSync(file, 'utf8');
      for (const [, path = ''] of source.matchAll(/^(?:import|export) [^;]* from '([^']+)';$/gm)) {
        expect(path, `${file.pathname} imports ${path}`).toMatch(/^\.\/[\w/-]+\.js$/);
        const target = new URL(path.replace(/\.js$/, '.ts'), file);
        expect(target.href.startsWith(seedDir), target.pathname).toBe(true);
        expect(target.href, target.pathname).not.toMatch(/\.test\.ts$|load-network|cli|seed-demo/);
        visit(target);
      }
    };
    visit(new URL('./generate-network.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(8);
  });
});
