import { articleTargeting } from './article-targeting.js';
import type { Locale } from './data/types.js';
import type {
  ArticleAudienceRow,
  ArticleRow,
  ArticleTranslationRow,
  BrandRow,
  Network,
  PersonRow,
  SeedMaterial,
} from './network-types.js';
import type { Random } from './random.js';
import { escapeHtml, fill, pad } from './text.js';
import { articleTopics } from './article-topics.js';
import { hasVideo, showVideos } from './article-videos.js';

const ARTICLES_AT_SCALE_1 = 200;
const DAY_MS = 86_400_000;
/** How long readers have to acknowledge a must-read. */
const MUST_READ_DAYS = 21;
const ALL_LOCALES: Locale[] = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];

function forEveryoneToAcknowledge(templateKey: string): boolean {
  const targeting = articleTargeting[templateKey];
  return targeting?.mustRead === true && targeting.jobs === undefined;
}

export interface ArticleInputs {
  random: Random;
  material: SeedMaterial;
  brands: BrandRow[];
  people: PersonRow[];
  scale: number;
  referenceDate: Date;
  /** Weight of each country in the news, by country code. */
  countryWeight: (countryCode: string) => number;
}

/** A weekday-agnostic office-hours instant (06:00–18:00 UTC) up to `days` before `reference`. */
function publicationTime(random: Random, reference: Date, days = 89): string {
  const day = Math.floor(reference.getTime() / DAY_MS) - random.int(1, days);
  const minute = random.int(6 * 60, 18 * 60 - 1);
  return new Date(day * DAY_MS + minute * 60_000).toISOString();
}

/**
 * The languages an article is published in, beyond its original. Head-office news is
 * translated for every country, though a few translations are still pending (readers
 * then see the original with a notice); a country's news is in its language, sometimes
 * with an English version for the head office.
 */
function translationsOf(random: Random, originalLocale: Locale, brandWide: boolean): Locale[] {
  const others = ALL_LOCALES.filter((locale) => locale !== originalLocale);
  if (brandWide) {
    const pending = random.next() < 0.25 ? random.int(1, 2) : 0;
    return random.sample(others, others.length - pending);
  }
  return originalLocale !== 'en' && random.next() < 0.5 ? ['en'] : [];
}

/**
 * News from the templates: each article for one brand, for one country (in its language)
 * or for the whole brand (written at the head office, mostly in English). No audience
 * gets the same story twice while unused templates remain.
 */
export function generateArticles(
  inputs: ArticleInputs,
): Pick<Network, 'articles' | 'articleAudiences' | 'articleTranslations'> {
  const { random, material, brands, people, scale, referenceDate, countryWeight } = inputs;
  const articles: ArticleRow[] = [];
  const articleAudiences: ArticleAudienceRow[] = [];
  const articleTranslations: ArticleTranslationRow[] = [];
  if (material.articleTemplates.length === 0) {
    return { articles, articleAudiences, articleTranslations };
  }
  const editors = new Map(
    people.filter((p) => p.job === 'EDITOR').map((p) => [`${p.brandId}/${p.countryCode}`, p]),
  );
  const total = Math.max(brands.length * 2, Math.round(ARTICLES_AT_SCALE_1 * scale));
  const usedTemplates = new Map<string, Set<string>>();
  const streamAnnouncements: ArticleRow[] = [];
  const videoCandidates: { article: ArticleRow; templateKey: string }[] = [];
  for (let i = 0; i < total; i++) {
    const brandIndex = i % brands.length;
    const brand = brands[brandIndex];
    const headOffice = material.countries[brandIndex % material.countries.length];
    if (!brand || !headOffice) throw new Error('generateNetwork: no brands or countries');
    // Each brand's first article is a recent must-read for its whole network, as every
    // head office has one open at any time (and each journey has one to acknowledge).
    const openMustRead = i < brands.length;
    const brandWide = openMustRead || random.next() < 0.3;
    const country = brandWide
      ? headOffice
      : random.weighted(material.countries, (c) => countryWeight(c.code));
    const audience = `${brand.id}/${brandWide ? '*' : country.code}`;
    const used = usedTemplates.get(audience) ?? new Set<string>();
    const fresh = material.articleTemplates.filter(
      (t) => !used.has(t.key) && (!openMustRead || forEveryoneToAcknowledge(t.key)),
    );
    const template = random.pick(fresh.length > 0 ? fresh : material.articleTemplates);
    usedTemplates.set(audience, used.add(template.key));
    const originalLocale: Locale = brandWide && random.next() < 0.6 ? 'en' : country.locale;
    const author = editors.get(`${brand.id}/${country.code}`);
    if (!author) throw new Error(`generateNetwork: no editor for ${brand.id} in ${country.code}`);
    const previous = articles.at(-1);
    // A few articles share their minute with the previous one, as in a crisis bulk publish.
    const publishedAt = openMustRead
      ? publicationTime(random, referenceDate, 7)
      : previous && random.next() < 0.05
        ? previous.publishedAt
        : publicationTime(random, referenceDate);
    const id = `article-${pad(i + 1, 4)}`;
    const { jobs = [], mustRead = false } = articleTargeting[template.key] ?? {};
    articles.push({
      id,
      brandId: brand.id,
      countryCode: brandWide ? null : country.code,
      authorId: author.id,
      originalLocale,
      imageUrl: `/media/${template.image}.svg`,
      publishedAt,
      mustRead,
      mustReadBy: mustRead
        ? new Date(Date.parse(publishedAt) + MUST_READ_DAYS * DAY_MS).toISOString()
        : null,
      category: articleTopics[template.key]?.category ?? 'COMPANY',
      tags: articleTopics[template.key]?.tags ?? [],
      liveStream: null,
      videoUrl: null,
      pinnedUntil: null,
    });
    if (template.key === LIVE_STREAM_TEMPLATE) streamAnnouncements.push(articles.at(-1)!);
    if (hasVideo(template.key)) {
      videoCandidates.push({ article: articles.at(-1)!, templateKey: template.key });
    }
    for (const job of jobs) {
      articleAudiences.push({
        articleId: id,
        countryCode: null,
        regionId: null,
        dealerId: null,
        job,
        role: null,
      });
    }

    for (const locale of [originalLocale, ...translationsOf(random, originalLocale, brandWide)]) {
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
  announceStreams(streamAnnouncements, referenceDate);
  showVideos(videoCandidates);
  pinLatestNews(articles, articleAudiences, referenceDate);
  return { articles, articleAudiences, articleTranslations };
}

const LIVE_STREAM_TEMPLATE = 'live-stream-announcement';
const PIN_DAYS = 7;

/**
 * Each brand's latest article for all its readers, not a must-read (they have their own
 * section), is pinned for a week from the reference date, as an editor pins the news of
 * the week.
 */
function pinLatestNews(
  articles: ArticleRow[],
  audiences: readonly ArticleAudienceRow[],
  referenceDate: Date,
): void {
  const targeted = new Set(audiences.map((audience) => audience.articleId));
  const latest = new Map<string, ArticleRow>();
  for (const article of articles) {
    if (article.countryCode !== null || article.mustRead || article.liveStream) continue;
    if (targeted.has(article.id)) continue;
    const current = latest.get(article.brandId);
    if (!current || article.publishedAt > current.publishedAt) latest.set(article.brandId, article);
  }
  const until = new Date(referenceDate.getTime() + PIN_DAYS * DAY_MS).toISOString();
  for (const article of latest.values()) article.pinnedUntil = until;
}
const MINUTE_MS = 60_000;

/**
 * The latest stream announcement of each brand streams live soon after the reference
 * date (the demo's start), for an hour: the demo shows "starting soon", then "live now".
 */
function announceStreams(announcements: ArticleRow[], referenceDate: Date): void {
  const latest = new Map<string, ArticleRow>();
  for (const article of announcements) {
    const current = latest.get(article.brandId);
    if (!current || article.publishedAt > current.publishedAt) latest.set(article.brandId, article);
  }
  for (const article of latest.values()) {
    const startsAt = referenceDate.getTime() + 10 * MINUTE_MS;
    article.liveStream = {
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 60 * MINUTE_MS).toISOString(),
      url: `https://live.example.com/${article.brandId}/${article.id}`,
    };
  }
}
