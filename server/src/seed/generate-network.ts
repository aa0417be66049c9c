/**
 * The demo network: brands × countries × regions × dealers × people, and news. A pure,
 * deterministic function of its options. The browser mocks run it too, so this module
 * and its siblings import nothing but each other and ./data/* (no node modules, no faker).
 */
import { articleTemplates } from './data/articles.js';
import { brands as brandData } from './data/brands.js';
import { countries as countryData } from './data/countries.js';
import { names as nameData } from './data/names.js';
import type { CountryData } from './data/types.js';
import { ANCHOR_DEALERS } from './demo-people.js';
import { generateArticles } from './generate-articles.js';
import type {
  BrandRow,
  DealerRow,
  GenerateNetworkOptions,
  JobCode,
  Network,
  TeamKind,
  TeamRow,
  RegionRow,
  SeedMaterial,
} from './network-types.js';
import { PeopleRegistry, type Anchors, type Position } from './people-registry.js';
import { at, Random } from './random.js';
import { capitalise, fill, pad } from './text.js';

export { demoPeople, type DemoPerson } from './demo-people.js';
export type * from './network-types.js';

/** Keeps the output stable; the server passes "now" so that a fresh demo reads fresh. */
export const DEFAULT_REFERENCE_DATE = '2026-11-01T09:00:00.000Z';

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

/** A dealer's staff: job, its team, and how many of them (min, max). */
const DEALER_STAFF: [JobCode, TeamKind, number, number][] = [
  ['DEALER_PRINCIPAL', 'MANAGEMENT', 1, 1],
  ['SALESPERSON', 'SALES', 2, 5],
  ['SERVICE_MANAGER', 'SERVICE', 1, 1],
  ['SERVICE_ADVISER', 'SERVICE', 1, 2],
  ['MECHANIC', 'WORKSHOP', 2, 4],
];
const TEAM_KINDS = [...new Set(DEALER_STAFF.map(([, kind]) => kind))];

export const teamId = (dealerId: string, kind: TeamKind) =>
  `team-${dealerId.replace(/^dealer-/, '')}-${kind.toLowerCase()}`;

export const communityId = (brandCode: string, countryCode: string) =>
  `community-${brandCode}-${countryCode.toLowerCase()}`;

const defaultMaterial: SeedMaterial = {
  brands: brandData,
  countries: countryData,
  names: nameData,
  articleTemplates,
};

const countryWeight = (code: string) => DEALERS_PER_COUNTRY[code] ?? DEFAULT_DEALERS_PER_COUNTRY;

interface CountryContext {
  country: CountryData;
  countryIndex: number;
  brands: BrandRow[];
  random: Random;
  material: SeedMaterial;
  scale: number;
}

/** The country's dealers; the first one is shaped for the demo people when they need it. */
function generateDealers(context: CountryContext, regions: RegionRow[]): DealerRow[] {
  const { country, countryIndex, brands, random, material, scale } = context;
  const names = material.names[country.code];
  if (!names) throw new Error(`generateNetwork: no names for country ${country.code}`);
  const count = Math.max(1, Math.round(countryWeight(country.code) * scale));
  const dealers: DealerRow[] = [];
  for (let i = 0; i < count; i++) {
    const anchor = i === 0 ? ANCHOR_DEALERS[country.code] : undefined;
    const anchorCity = anchor?.city;
    const cityRegion = anchorCity
      ? country.regions.findIndex((r) => r.cities.includes(anchorCity))
      : -1;
    const regionIndex = cityRegion >= 0 ? cityRegion : random.int(0, country.regions.length - 1);
    const city =
      anchorCity && cityRegion >= 0
        ? anchorCity
        : random.pick(at(country.regions, regionIndex).cities);
    dealers.push({
      id: `dealer-${country.code.toLowerCase()}-${pad(i + 1, 4)}`,
      regionId: at(regions, regionIndex).id,
      // Rotating brands gives every brand dealers in every country that has four or more.
      brandId: anchor
        ? `brand-${anchor.brandCode}`
        : at(brands, (i + countryIndex) % brands.length).id,
      // A business name capitalises a family-name prefix: "Autobedrijf De Jong".
      name: fill(random.pick(names.dealerPatterns), {
        family: capitalise(random.pick(names.family)),
        city,
      }),
      city,
    });
  }
  return dealers;
}

type Place = Pick<Position, 'brandId' | 'countryCode' | 'locale'>;

function position(
  job: JobCode,
  place: Place,
  where: { dealerId?: string; teamId?: string; regionId?: string } = {},
): Position {
  return {
    job,
    dealerId: where.dealerId ?? null,
    teamId: where.teamId ?? null,
    regionId: where.regionId ?? null,
    ...place,
  };
}

/** Dealer staff, each brand's field organisation in its regions, and the editorial teams. */
function staffCountry(
  registry: PeopleRegistry,
  context: CountryContext,
  dealers: DealerRow[],
  regions: RegionRow[],
): void {
  const { country, brands, random } = context;
  const { code: countryCode, locale } = country;
  for (const dealer of dealers) {
    const place = { brandId: dealer.brandId, countryCode, locale };
    for (const [job, kind, min, max] of DEALER_STAFF) {
      const where = { dealerId: dealer.id, teamId: teamId(dealer.id, kind) };
      for (let n = random.int(min, max); n > 0; n--) {
        registry.add(position(job, place, where), [['EMPLOYEE', 'dealer', dealer.id]]);
      }
    }
  }
  for (const region of regions) {
    for (const brand of brands) {
      if (!dealers.some((d) => d.regionId === region.id && d.brandId === brand.id)) continue;
      const place = { brandId: brand.id, countryCode, locale };
      const where = { regionId: region.id };
      registry.add(position('REGION_MANAGER', place, where), [
        ['REGION_MANAGER', 'region', region.id],
      ]);
      registry.add(position('AREA_MANAGER', place, where), [['FIELD', 'region', region.id]]);
    }
  }
  for (const brand of brands) {
    registry.add(position('EDITOR', { brandId: brand.id, countryCode, locale }), [
      ['EDITOR', 'community', communityId(brand.code, countryCode)],
    ]);
  }
}

/** Where a language's translators sit: the first country speaking it, a brand in turn. */
function translatorPlaces(countries: CountryData[], brands: BrandRow[]) {
  const locales = [...new Set(countries.map((c) => c.locale))];
  return locales.map((locale, i) => {
    const home = at(
      countries.filter((c) => c.locale === locale),
      0,
    );
    return { brandId: at(brands, i % brands.length).id, countryCode: home.code, locale };
  });
}

/** People of the group: a translator per language, where it is spoken, and two admins. */
function staffGroup(registry: PeopleRegistry, countries: CountryData[], brands: BrandRow[]): void {
  for (const place of translatorPlaces(countries, brands)) {
    registry.add(position('TRANSLATOR', place), [['TRANSLATOR', 'locale', place.locale]]);
  }
  const office = countries.find((c) => c.code === 'GB') ?? at(countries, 0);
  const place = { brandId: at(brands, 0).id, countryCode: office.code, locale: office.locale };
  for (let i = 0; i < 2; i++) registry.add(position('IT_ADMIN', place), [['ADMIN', 'group', null]]);
}

/** Generates the demo network. Same options, same network, in Node and in the browser. */
export function generateNetwork(options: GenerateNetworkOptions = {}): Network {
  const { scale = 1, seed = 1, referenceDate = DEFAULT_REFERENCE_DATE } = options;
  if (!(scale > 0)) throw new RangeError(`generateNetwork: scale must be positive, got ${scale}`);
  const material = options.material ?? defaultMaterial;
  const random = new Random(seed);
  const brands = material.brands.map(({ code, name }) => ({ id: `brand-${code}`, code, name }));
  const countries = material.countries.map(({ code, name, locale, timeZone }) => ({
    code,
    name,
    locale,
    timeZone,
  }));
  const regions: RegionRow[] = [];
  const dealers: DealerRow[] = [];
  const anchors: Anchors = { dealerId: new Map(), regionId: new Map() };
  const registry = new PeopleRegistry(random, material.names, anchors);

  for (const [countryIndex, country] of material.countries.entries()) {
    const context = { country, countryIndex, brands, random, material, scale };
    const countryRegions = country.regions.map((region, i) => ({
      id: `region-${country.code.toLowerCase()}-${pad(i + 1, 2)}`,
      countryCode: country.code,
      name: region.name,
    }));
    const countryDealers = generateDealers(context, countryRegions);
    anchors.dealerId.set(country.code, at(countryDealers, 0).id);
    anchors.regionId.set(country.code, at(countryDealers, 0).regionId);
    staffCountry(registry, context, countryDealers, countryRegions);
    regions.push(...countryRegions);
    dealers.push(...countryDealers);
  }
  staffGroup(registry, material.countries, brands);

  const { people, roles } = registry;
  const communities = brands.flatMap((brand) =>
    countries.map((country) => ({
      id: communityId(brand.code, country.code),
      brandId: brand.id,
      countryCode: country.code,
    })),
  );
  const teams: TeamRow[] = dealers.flatMap((dealer) =>
    TEAM_KINDS.map((kind) => ({ id: teamId(dealer.id, kind), dealerId: dealer.id, kind })),
  );
  const referenceTime = new Date(referenceDate);
  const news = generateArticles({
    random,
    material,
    brands,
    people,
    scale,
    referenceDate: referenceTime,
    countryWeight,
  });
  // A second translator per language, to review the first's work: drawn after everything
  // else, so that adding them left the rest of the network as it was.
  for (const place of translatorPlaces(material.countries, brands)) {
    registry.add(position('TRANSLATOR', place), [['TRANSLATOR', 'locale', place.locale]]);
  }
  registry.assertDemoPeoplePlaced();
  return { brands, countries, regions, dealers, communities, teams, people, roles, ...news };
}
