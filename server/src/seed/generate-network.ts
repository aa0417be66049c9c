/**
 * The demo network: brands × countries × regions × dealers × people, and news. A pure,
 * deterministic function of its options, imported by the server's seed loader and by the
 * browser mocks, so it imports nothing but ./data/* (no node modules, no faker).
 */
import { articleTemplates } from './data/articles.js';
import { brands as brandData } from './data/brands.js';
import { countries as countryData } from './data/countries.js';
import { names as nameData } from './data/names.js';
import type { ArticleTemplate, BrandData, CountryData, Locale, NamesData } from './data/types.js';

export type JobCode =
  | 'SALESPERSON'
  | 'SERVICE_ADVISER'
  | 'MECHANIC'
  | 'SERVICE_MANAGER'
  | 'DEALER_PRINCIPAL'
  | 'AREA_MANAGER'
  | 'REGION_MANAGER'
  | 'EDITOR'
  | 'TRANSLATOR'
  | 'IT_ADMIN';
export type RoleCode = 'EMPLOYEE' | 'FIELD' | 'REGION_MANAGER' | 'EDITOR' | 'TRANSLATOR' | 'ADMIN';
export type ScopeType = 'group' | 'brand' | 'country' | 'region' | 'dealer';

export interface BrandRow {
  id: string;
  code: string;
  name: string;
}
export interface CountryRow {
  code: string;
  name: string;
  locale: Locale;
  timeZone: string;
}
export interface RegionRow {
  id: string;
  countryCode: string;
  name: string;
}
export interface DealerRow {
  id: string;
  regionId: string;
  brandId: string;
  name: string;
  city: string;
}
export interface PersonRow {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  job: JobCode;
  dealerId: string | null;
  /** Set for managers above dealer level. */
  regionId: string | null;
  brandId: string;
  countryCode: string;
  locale: Locale;
}
export interface PersonRoleRow {
  personId: string;
  role: RoleCode;
  scopeType: ScopeType;
  scopeId: string | null;
}
export interface ArticleRow {
  id: string;
  brandId: string;
  /** null: for the whole brand. */
  countryCode: string | null;
  authorId: string;
  originalLocale: Locale;
  imageUrl: string | null;
  /** ISO 8601, UTC. */
  publishedAt: string;
}
export interface ArticleTranslationRow {
  articleId: string;
  locale: Locale;
  title: string;
  summary: string;
  bodyHtml: string;
  imageAlt: string | null;
  authorTitle: string | null;
}
export interface Network {
  brands: BrandRow[];
  countries: CountryRow[];
  regions: RegionRow[];
  dealers: DealerRow[];
  people: PersonRow[];
  roles: PersonRoleRow[];
  articles: ArticleRow[];
  articleTranslations: ArticleTranslationRow[];
}

/** The hand-written material the network is drawn from. */
export interface SeedMaterial {
  brands: BrandData[];
  countries: CountryData[];
  names: Record<string, NamesData>;
  articleTemplates: ArticleTemplate[];
}

export interface GenerateNetworkOptions {
  /** 1 ≈ 300 dealers, 3,000 people, 200 articles; fractions are allowed. */
  scale?: number;
  seed?: number;
  /** Articles are spread over the 90 days before it. A constant by default. */
  referenceDate?: Date | string;
  material?: SeedMaterial;
}

export interface DemoPerson {
  id: string;
  givenName: string;
  familyName: string;
  job: JobCode;
  brandCode: string;
  countryCode: string;
  locale: Locale;
}

/** One well-known person per journey of DOMAIN.md, with stable ids. */
export const demoPeople: readonly DemoPerson[] = [
  {
    id: 'person-demo-fr-sales',
    givenName: 'Camille',
    familyName: 'Laurent',
    job: 'SALESPERSON',
    brandCode: 'veyra',
    countryCode: 'FR',
    locale: 'fr',
  },
  {
    id: 'person-demo-it-area',
    givenName: 'Giulia',
    familyName: 'Ferraro',
    job: 'AREA_MANAGER',
    brandCode: 'lumo',
    countryCode: 'IT',
    locale: 'it',
  },
  {
    id: 'person-demo-de-region',
    givenName: 'Matthias',
    familyName: 'Keller',
    job: 'REGION_MANAGER',
    brandCode: 'norvik',
    countryCode: 'DE',
    locale: 'de',
  },
  {
    id: 'person-demo-pl-translator',
    givenName: 'Agnieszka',
    familyName: 'Nowak',
    job: 'TRANSLATOR',
    brandCode: 'castello',
    countryCode: 'PL',
    locale: 'pl',
  },
  {
    id: 'person-demo-it-editor',
    givenName: 'Francesca',
    familyName: 'Romano',
    job: 'EDITOR',
    brandCode: 'lumo',
    countryCode: 'IT',
    locale: 'it',
  },
  {
    id: 'person-demo-admin',
    givenName: 'Oliver',
    familyName: 'Bennett',
    job: 'IT_ADMIN',
    brandCode: 'veyra',
    countryCode: 'GB',
    locale: 'en',
  },
  {
    id: 'person-demo-pl-sales',
    givenName: 'Piotr',
    familyName: 'Kowalski',
    job: 'SALESPERSON',
    brandCode: 'castello',
    countryCode: 'PL',
    locale: 'pl',
  },
];

/** The first dealer of these countries is made to fit the demo people who work there. */
const ANCHOR_DEALERS: Record<string, { brandCode: string; city?: string }> = {
  FR: { brandCode: 'veyra', city: 'Lyon' },
  IT: { brandCode: 'lumo' },
  DE: { brandCode: 'norvik' },
  PL: { brandCode: 'castello' },
};

/** Dealers per country at scale 1 (≈ 300 in all), roughly by market size. */
const DEALERS_PER_COUNTRY: Record<string, number> = {
  DE: 60,
  FR: 55,
  IT: 55,
  GB: 50,
  ES: 40,
  NL: 15,
  PL: 15,
  CL: 10,
};
const DEFAULT_DEALERS_PER_COUNTRY = 20;
const ARTICLES_AT_SCALE_1 = 200;
export const DEFAULT_REFERENCE_DATE = '2026-11-01T09:00:00.000Z';
const DAY_MS = 86_400_000;
const ALL_LOCALES: Locale[] = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];

/** Dealer staff: job and how many of them a dealer employs (min, max). */
const DEALER_STAFF: [JobCode, number, number][] = [
  ['DEALER_PRINCIPAL', 1, 1],
  ['SALESPERSON', 2, 5],
  ['SERVICE_MANAGER', 1, 1],
  ['SERVICE_ADVISER', 1, 2],
  ['MECHANIC', 2, 4],
];

/** mulberry32: tiny, fast and good enough for demo data; the same seed gives the same network. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [pool[i], pool[j]] = [at(pool, j), at(pool, i)];
    }
    return pool.slice(0, count);
  }
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined)
    throw new Error(`generateNetwork: no item at ${index} of ${items.length}`);
  return item;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ASCII local part for e-mail addresses ("Łukasz Wójcik" → "lukasz.wojcik"). */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const defaultMaterial: SeedMaterial = {
  brands: brandData,
  countries: countryData,
  names: nameData,
  articleTemplates,
};

/** Generates the demo network. Same options, same network, in Node and in the browser. */
export function generateNetwork(options: GenerateNetworkOptions = {}): Network {
  const { scale = 1, seed = 1, referenceDate = DEFAULT_REFERENCE_DATE } = options;
  const material = options.material ?? defaultMaterial;
  if (!(scale > 0)) throw new RangeError(`generateNetwork: scale must be positive, got ${scale}`);
  const random = new Random(seed);
  const brands = material.brands.map((b) => ({
    id: `brand-${b.code}`,
    code: b.code,
    name: b.name,
  }));
  const countries = material.countries.map((c) => ({
    code: c.code,
    name: c.name,
    locale: c.locale,
    timeZone: c.timeZone,
  }));
  const regions: RegionRow[] = [];
  const dealers: DealerRow[] = [];
  const people: PersonRow[] = [];
  const roles: PersonRoleRow[] = [];
  const emails = new Set<string>();
  const unclaimedDemo = [...demoPeople];
  const brandId = (code: string) => `brand-${code}`;
  const anchorDealer = (countryCode: string) => `dealer-${countryCode.toLowerCase()}-0001`;
  const anchorRegion = new Map<string, string>();

  function addPerson(
    slot: Omit<PersonRow, 'id' | 'givenName' | 'familyName' | 'email'>,
    grants: [RoleCode, ScopeType, string | null][],
  ): void {
    // A demo person takes the first generated position that fits their journey.
    const demoIndex = unclaimedDemo.findIndex(
      (d) =>
        d.job === slot.job &&
        brandId(d.brandCode) === slot.brandId &&
        d.countryCode === slot.countryCode &&
        (slot.dealerId === null || slot.dealerId === anchorDealer(slot.countryCode)) &&
        (slot.regionId === null || slot.regionId === anchorRegion.get(slot.countryCode)),
    );
    const demo = demoIndex >= 0 ? unclaimedDemo.splice(demoIndex, 1)[0] : undefined;
    const names = material.names[slot.countryCode];
    if (!names) throw new Error(`generateNetwork: no names for country ${slot.countryCode}`);
    const givenName = demo?.givenName ?? random.pick(names.given);
    const familyName = demo?.familyName ?? random.pick(names.family);
    const brandCode = slot.brandId.slice('brand-'.length);
    const local = `${slug(givenName)}.${slug(familyName)}`;
    let email = `${local}@${brandCode}-${slot.countryCode.toLowerCase()}.example`;
    for (let n = 2; emails.has(email); n++)
      email = `${local}${n}@${brandCode}-${slot.countryCode.toLowerCase()}.example`;
    emails.add(email);
    const id = demo?.id ?? `person-${slot.countryCode.toLowerCase()}-${pad(people.length + 1, 6)}`;
    people.push({ id, givenName, familyName, email, ...slot, locale: demo?.locale ?? slot.locale });
    for (const [role, scopeType, scopeId] of grants)
      roles.push({ personId: id, role, scopeType, scopeId });
  }

  for (const [countryIndex, country] of material.countries.entries()) {
    const cc = country.code.toLowerCase();
    const countryRegions = country.regions.map((r, i) => ({
      id: `region-${cc}-${pad(i + 1, 2)}`,
      countryCode: country.code,
      name: r.name,
    }));
    regions.push(...countryRegions);
    const names = material.names[country.code];
    if (!names) throw new Error(`generateNetwork: no names for country ${country.code}`);
    const count = Math.max(
      1,
      Math.round((DEALERS_PER_COUNTRY[country.code] ?? DEFAULT_DEALERS_PER_COUNTRY) * scale),
    );
    const countryDealers: DealerRow[] = [];
    for (let i = 0; i < count; i++) {
      const anchor = i === 0 ? ANCHOR_DEALERS[country.code] : undefined;
      const anchorCity = anchor?.city;
      const cityRegion = anchorCity
        ? country.regions.findIndex((r) => r.cities.includes(anchorCity))
        : -1;
      const regionIndex = cityRegion >= 0 ? cityRegion : random.int(0, country.regions.length - 1);
      const region = at(countryRegions, regionIndex);
      const city =
        anchorCity && cityRegion >= 0
          ? anchorCity
          : random.pick(at(country.regions, regionIndex).cities);
      const brand = anchor
        ? brandId(anchor.brandCode)
        : at(brands, (i + countryIndex) % brands.length).id;
      const name = fill(random.pick(names.dealerPatterns), {
        family: random.pick(names.family),
        city,
      });
      countryDealers.push({
        id: `dealer-${cc}-${pad(i + 1, 4)}`,
        regionId: region.id,
        brandId: brand,
        name,
        city,
      });
    }
    anchorRegion.set(country.code, at(countryDealers, 0).regionId);
    dealers.push(...countryDealers);

    for (const dealer of countryDealers) {
      for (const [job, min, max] of DEALER_STAFF) {
        const staff = random.int(min, max);
        for (let s = 0; s < staff; s++) {
          addPerson(
            {
              job,
              dealerId: dealer.id,
              regionId: null,
              brandId: dealer.brandId,
              countryCode: country.code,
              locale: country.locale,
            },
            [['EMPLOYEE', 'dealer', dealer.id]],
          );
        }
      }
    }
    for (const region of countryRegions) {
      for (const brand of brands) {
        if (!countryDealers.some((d) => d.regionId === region.id && d.brandId === brand.id))
          continue;
        const slot = {
          dealerId: null,
          regionId: region.id,
          brandId: brand.id,
          countryCode: country.code,
          locale: country.locale,
        };
        addPerson({ ...slot, job: 'REGION_MANAGER' }, [['REGION_MANAGER', 'region', region.id]]);
        addPerson({ ...slot, job: 'AREA_MANAGER' }, [['FIELD', 'region', region.id]]);
      }
    }
    for (const brand of brands) {
      addPerson(
        {
          job: 'EDITOR',
          dealerId: null,
          regionId: null,
          brandId: brand.id,
          countryCode: country.code,
          locale: country.locale,
        },
        [['EDITOR', 'country', country.code]],
      );
    }
  }

  for (const [i, locale] of ALL_LOCALES.entries()) {
    const home = material.countries.find((c) => c.locale === locale);
    if (!home) continue;
    const demo = unclaimedDemo.find((d) => d.job === 'TRANSLATOR' && d.locale === locale);
    addPerson(
      {
        job: 'TRANSLATOR',
        dealerId: null,
        regionId: null,
        brandId: demo ? brandId(demo.brandCode) : at(brands, i % brands.length).id,
        countryCode: home.code,
        locale,
      },
      [['TRANSLATOR', 'group', null]],
    );
  }
  const adminCountry = material.countries.find((c) => c.code === 'GB') ?? at(material.countries, 0);
  for (let i = 0; i < 2; i++) {
    addPerson(
      {
        job: 'IT_ADMIN',
        dealerId: null,
        regionId: null,
        brandId: at(brands, 0).id,
        countryCode: adminCountry.code,
        locale: adminCountry.locale,
      },
      [['ADMIN', 'group', null]],
    );
  }
  if (unclaimedDemo.length > 0) {
    throw new Error(
      `generateNetwork: no position fits demo people ${unclaimedDemo.map((d) => d.id).join(', ')}`,
    );
  }

  const { articles, articleTranslations } = generateArticles({
    random,
    material,
    brands,
    people,
    scale,
    referenceDate: new Date(referenceDate),
  });
  return { brands, countries, regions, dealers, people, roles, articles, articleTranslations };
}

interface ArticleInputs {
  random: Random;
  material: SeedMaterial;
  brands: BrandRow[];
  people: PersonRow[];
  scale: number;
  referenceDate: Date;
}

function generateArticles(
  inputs: ArticleInputs,
): Pick<Network, 'articles' | 'articleTranslations'> {
  const { random, material, brands, people, scale, referenceDate } = inputs;
  const articles: ArticleRow[] = [];
  const articleTranslations: ArticleTranslationRow[] = [];
  if (material.articleTemplates.length === 0) return { articles, articleTranslations };
  const editors = new Map(
    people.filter((p) => p.job === 'EDITOR').map((p) => [`${p.brandId}/${p.countryCode}`, p]),
  );
  const total = Math.max(brands.length * 2, Math.round(ARTICLES_AT_SCALE_1 * scale));
  for (let i = 0; i < total; i++) {
    const brand = at(brands, i % brands.length);
    const brandIndex = i % brands.length;
    const template = random.pick(material.articleTemplates);
    // About one article in five speaks to the whole brand, written at the brand's head office.
    const brandWide = random.next() < 0.2;
    const country = brandWide
      ? at(material.countries, brandIndex % material.countries.length)
      : random.pick(material.countries);
    const originalLocale: Locale = brandWide
      ? random.next() < 0.6
        ? 'en'
        : country.locale
      : country.locale;
    const author = editors.get(`${brand.id}/${country.code}`);
    if (!author) throw new Error(`generateNetwork: no editor for ${brand.id} in ${country.code}`);
    const previous = articles.at(-1);
    // A few articles share their minute with the previous one, as in a crisis bulk publish.
    const publishedAt =
      previous && random.next() < 0.05
        ? previous.publishedAt
        : new Date(
            Math.floor((referenceDate.getTime() - random.next() * 90 * DAY_MS) / 60_000) * 60_000,
          ).toISOString();
    const id = `article-${pad(i + 1, 4)}`;
    articles.push({
      id,
      brandId: brand.id,
      countryCode: brandWide ? null : country.code,
      authorId: author.id,
      originalLocale,
      imageUrl: `/media/${template.image}.svg`,
      publishedAt,
    });

    const others = ALL_LOCALES.filter((l) => l !== originalLocale);
    const reach = random.next();
    // A quarter in every locale, most in a few, some only in the original language.
    const extra =
      reach < 0.25 ? others : reach < 0.8 ? random.sample(others, random.int(2, 4)) : [];
    for (const locale of [originalLocale, ...extra]) {
      const text = template.text[locale];
      articleTranslations.push({
        articleId: id,
        locale,
        title: fill(text.title, { brand: brand.name }),
        summary: fill(text.summary, { brand: brand.name }),
        bodyHtml: fill(text.bodyHtml, { brand: escapeHtml(brand.name) }),
        imageAlt: fill(template.imageAlt[locale], { brand: brand.name }),
        authorTitle: template.authorTitle[locale],
      });
    }
  }
  return { articles, articleTranslations };
}
