/**
 * The checks a translation passes before it can be sent for review. The same code runs in
 * the translators' editor while they type and on the server when they save, so both say
 * the same thing about the same text.
 */
export type TranslationProblemCode =
  'EMPTY' | 'PLACEHOLDERS' | 'PLURAL_FORMS' | 'HTML' | 'TOO_LONG' | 'FORBIDDEN_TERM';

export interface TranslationProblem {
  code: TranslationProblemCode;
  /** The plural category concerned; null for a plain string or the whole entry. */
  category: string | null;
  /** Placeholders missing/extra (`{{name}}`), categories missing, tags refused, the limit, the term. */
  details: string[];
}

/** CLDR's order, which `Intl.PluralRules` does not promise. */
const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The CLDR plural categories a locale's plurals need (`pl` → one, few, many, other). */
export function pluralCategories(locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return CLDR_ORDER.filter((category) => categories.includes(category as Intl.LDMLPluralRule));
}

/**
 * Markup a translation may carry: emphasis and line breaks, without attributes. Lit renders
 * strings as text, so any other tag would show as such, or be an attempt at injection.
 */
const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'br', 'code']);
const VOID_TAGS = new Set(['br']);
const TAG = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g;
const PLACEHOLDER = /\{\{\s*[\w.]+\s*\}\}/g;

export function placeholdersOf(text: string): string[] {
  return (text.match(PLACEHOLDER) ?? []).map((p) => p.replace(/\s+/g, '')).sort();
}

/** The placeholders one list has and the other lacks (counting repeats), sorted. */
function placeholderDifference(expected: string[], actual: string[]): string[] {
  const remaining = [...actual];
  const missing: string[] = [];
  for (const placeholder of expected) {
    const at = remaining.indexOf(placeholder);
    if (at === -1) missing.push(placeholder);
    else remaining.splice(at, 1);
  }
  return [...new Set([...missing, ...remaining])].sort();
}

/**
 * Whether a locale's `one` form is used for the number 1 alone (Polish, German), so its
 * text may say "one" in words instead of `{{count}}`; in French `one` covers 0 too.
 */
function oneMeansOnlyOne(locale: string): boolean {
  const rules = new Intl.PluralRules(locale);
  for (let n = 0; n <= 200; n++) if (n !== 1 && rules.select(n) === 'one') return false;
  return true;
}

/** Tags that are not allowed, carry attributes, or are not closed in order. */
const COUNT = '{{count}}';

/**
 * The placeholders a form of `text` must have: its English text's. In a plural, `{{count}}`
 * may always appear once, and must wherever English shows it, except in a `one` form used
 * for the number 1 alone, which may say "one" in words.
 */
function expectedPlaceholders(
  locale: string,
  source: Record<string, string>,
  category: string,
  text: string,
): string[] {
  const sourceText = source[category] ?? source['other'] ?? '';
  if (category === '') return placeholdersOf(sourceText);
  const others = placeholdersOf(sourceText).filter((placeholder) => placeholder !== COUNT);
  const countShown = placeholdersOf(source['other'] ?? sourceText).includes(COUNT);
  const countOptional = category === 'one' && oneMeansOnlyOne(locale);
  const countUsed = placeholdersOf(text).includes(COUNT);
  return (countShown && !countOptional) || countUsed ? [...others, COUNT].sort() : others;
}

function htmlProblems(text: string): string[] {
  const refused = new Set<string>();
  const open: string[] = [];
  for (const [, closing, rawName, attributes] of text.matchAll(TAG)) {
    const name = rawName!.toLowerCase();
    if (!ALLOWED_TAGS.has(name) || attributes!.replace(/\/$/, '').trim() !== '') {
      refused.add(`<${closing}${name}${attributes}>`);
      continue;
    }
    if (VOID_TAGS.has(name)) continue;
    if (!closing) open.push(name);
    else if (open.at(-1) === name) open.pop();
    else refused.add(`</${name}>`);
  }
  for (const name of open) refused.add(`<${name}>`);
  return [...refused];
}

function containsTerm(text: string, term: string): boolean {
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!escaped) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * The problems of a string's texts. `forms` and `source` map a plural category, or '' for a
 * plain string, to a text; a plural's source has English's categories (`one`, `other`),
 * and a category English lacks (`few`) translates English's `other`.
 */
export function checkTranslation(input: {
  locale: string;
  source: Record<string, string>;
  forms: Record<string, string>;
  maxLength?: number;
  forbiddenTerms?: string[];
}): TranslationProblem[] {
  const { locale, source, forms, maxLength, forbiddenTerms = [] } = input;
  const plural = !('' in source);
  const categories = plural ? pluralCategories(locale) : [''];
  const problems: TranslationProblem[] = [];

  const missing = categories.filter((category) => forms[category] === undefined);
  if (plural && missing.length > 0) {
    problems.push({ code: 'PLURAL_FORMS', category: null, details: missing });
  }
  for (const category of categories) {
    const text = forms[category];
    if (text === undefined) continue;
    const at = category === '' ? null : category;
    if (text.trim() === '') {
      problems.push({ code: 'EMPTY', category: at, details: [] });
      continue;
    }
    const differing = placeholderDifference(
      expectedPlaceholders(locale, source, category, text),
      placeholdersOf(text),
    );
    if (differing.length > 0)
      problems.push({ code: 'PLACEHOLDERS', category: at, details: differing });
    const refused = htmlProblems(text);
    if (refused.length > 0) problems.push({ code: 'HTML', category: at, details: refused });
    if (maxLength !== undefined && [...text].length > maxLength) {
      problems.push({ code: 'TOO_LONG', category: at, details: [String(maxLength)] });
    }
    const terms = forbiddenTerms.filter((term) => containsTerm(text, term));
    if (terms.length > 0) problems.push({ code: 'FORBIDDEN_TERM', category: at, details: terms });
  }
  return problems;
}
