/** The hand-written material the seed generator draws from (see ../generate-network.ts). */

/** One of the portal's locales. */
export type Locale = 'en' | 'it' | 'fr' | 'es' | 'de' | 'nl' | 'pl';

export interface BrandData {
  /** Lower-case code used for the theme class, e.g. 'veyra'. */
  code: string;
  name: string;
  /** What the brand sells, one line, English; used by article templates as {{brand}}. */
  tagline: string;
}

export interface CountryData {
  /** ISO 3166-1 alpha-2, e.g. 'FR'. */
  code: string;
  /** The country's name in English. */
  name: string;
  locale: Locale;
  /** IANA time zone of the country's head office, e.g. 'Europe/Paris'. */
  timeZone: string;
  /** Sales regions of the country, each with real cities where dealers are. */
  regions: { name: string; cities: string[] }[];
}

export interface NamesData {
  /** Given names common in the country (at least 40, mixed genders). */
  given: string[];
  /** Family names common in the country (at least 40). */
  family: string[];
  /**
   * Patterns for dealer business names, with {{family}} and {{city}} placeholders,
   * e.g. 'Garage {{family}}', 'Autohaus {{family}} {{city}}'.
   */
  dealerPatterns: string[];
}

/** An article's text in one language. Body is simple HTML: <p>, <h2>, <ul>/<li>, <strong>. */
export interface ArticleText {
  title: string;
  summary: string;
  bodyHtml: string;
}

export interface ArticleTemplate {
  /** Stable key, e.g. 'winter-service-campaign'. */
  key: string;
  /** Which illustration in ../media/ goes with it (file name without extension). */
  image: string;
  /** Alt text of the illustration per locale. */
  imageAlt: Record<Locale, string>;
  /** The article in every locale; {{brand}} is replaced by the brand name. */
  text: Record<Locale, ArticleText>;
  /** Job title of the author, per locale, e.g. 'Sales director'. */
  authorTitle: Record<Locale, string>;
}
