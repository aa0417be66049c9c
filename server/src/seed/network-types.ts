/** The shape of a generated network: plain rows, ready to insert or to serve from mocks. */
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
export type RoleCode =
  | 'EMPLOYEE'
  | 'FIELD'
  | 'REGION_MANAGER'
  | 'EDITOR'
  | 'TRANSLATOR'
  | 'TRANSLATION_REVIEWER'
  | 'ADMIN';
export type ScopeType =
  'group' | 'brand' | 'country' | 'region' | 'dealer' | 'community' | 'locale';
export type TeamKind = 'MANAGEMENT' | 'SALES' | 'SERVICE' | 'WORKSHOP';

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
  /** Each dealer sells one brand. */
  brandId: string;
  name: string;
  city: string;
}

/** The editorial unit: a brand in a country. */
export interface CommunityRow {
  id: string;
  brandId: string;
  countryCode: string;
}

/** A team of a dealer's site. */
export interface TeamRow {
  id: string;
  dealerId: string;
  kind: TeamKind;
}

export interface PersonRow {
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  job: JobCode;
  dealerId: string | null;
  /** Set for dealer staff. */
  teamId: string | null;
  /** Set for managers above dealer level. */
  regionId: string | null;
  brandId: string;
  countryCode: string;
  locale: Locale;
}

/** A role over a scope, as the generator hands it out. */
export type Grant = [role: RoleCode, scopeType: ScopeType, scopeId: string | null];

export interface PersonRoleRow {
  personId: string;
  role: RoleCode;
  scopeType: ScopeType;
  /** null for the group scope; a locale for translators, a community id for editors. */
  scopeId: string | null;
}

export type ArticleCategoryCode =
  'PRODUCTS' | 'SALES' | 'AFTER_SALES' | 'TRAINING' | 'NETWORK' | 'COMPANY';

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
  mustRead: boolean;
  /** ISO 8601, UTC; set for must-reads only. */
  mustReadBy: string | null;
  category: ArticleCategoryCode;
  tags: string[];
  /** The live stream the article announces, times in ISO 8601, UTC. */
  liveStream: { startsAt: string; endsAt: string; url: string } | null;
  /** The player of the video shown with the article (news/video.ts), or null. */
  videoUrl: string | null;
  /** Until when it stays at the top of the feed; null when it is not pinned. */
  pinnedUntil: string | null;
}

/** One group of readers an article is for: every criterion set must match (null: any). */
export interface ArticleAudienceRow {
  articleId: string;
  countryCode: string | null;
  regionId: string | null;
  dealerId: string | null;
  job: JobCode | null;
  role: RoleCode | null;
}

export interface ArticleTranslationRow {
  articleId: string;
  locale: Locale;
  title: string;
  summary: string;
  bodyHtml: string;
  imageAlt: string | null;
  /** The author's job title in this language. */
  authorTitle: string | null;
}

export interface Network {
  brands: BrandRow[];
  countries: CountryRow[];
  regions: RegionRow[];
  dealers: DealerRow[];
  communities: CommunityRow[];
  teams: TeamRow[];
  people: PersonRow[];
  roles: PersonRoleRow[];
  articles: ArticleRow[];
  articleAudiences: ArticleAudienceRow[];
  articleTranslations: ArticleTranslationRow[];
}

/** The hand-written material a network is drawn from (server/src/seed/data by default). */
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
  /** News is spread over the 90 days before it. A constant by default, for stable output. */
  referenceDate?: Date | string;
  material?: SeedMaterial;
}
