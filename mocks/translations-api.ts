import type { Network, PersonRow } from '../server/src/seed/generate-network.js';
import { checkTranslation, pluralCategories } from '../shared/src/i18n/translation-rules.js';
import { MockUserError } from './mock-api.js';
import { invalid } from './newsroom-rules.js';
import {
  MOCK_BUILT,
  MOCK_GLOSSARY,
  MOCK_OUTDATED,
  MOCK_STRINGS,
  type MockString,
} from './translations-fixture.js';

const LOCALES = ['en', 'it', 'fr', 'es', 'es-CL', 'de', 'nl', 'pl'];
const MAX_TEXT = 2000;
export type Status = 'BUILT' | 'MISSING' | 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'PUBLISHED';

/** A string's state in a locale once someone edited it here. */
export interface Edit {
  forms: Record<string, string>;
  status: Status;
  by: PersonRow;
  at: string;
}

export interface EntryArgs {
  locale: string;
  namespace: string;
  key: string;
}

/**
 * The translations server's rules (server/src/translations/…), answered from a fixed
 * catalogue in memory: who may translate which locale, each string's status and problems,
 * saving drafts and sending them for review.
 */
export class MockTranslationsApi {
  protected readonly network: Network;
  protected readonly edits = new Map<string, Edit>();
  protected readonly history = new Map<string, unknown[]>();

  constructor(network: Network) {
    this.network = network;
  }

  translationLocales() {
    return LOCALES.map((code) => ({ code, base: code.includes('-') ? code.split('-')[0] : null }));
  }

  translationOverview(viewer: PersonRow | undefined) {
    return this.locales(viewer).flatMap((locale) =>
      Object.keys(MOCK_STRINGS).map((namespace) => {
        const entries = Object.keys(MOCK_STRINGS[namespace]!).map((key) =>
          this.entry({ locale, namespace, key }),
        );
        return {
          locale,
          namespace,
          total: entries.length,
          translated: entries.filter((e) => e.forms.every((f) => f.value !== null)).length,
          missing: entries.filter((e) => e.status === 'MISSING').length,
          outdated: entries.filter((e) => e.outdated).length,
          unreviewed: entries.filter((e) => e.status === 'DRAFT' || e.status === 'IN_REVIEW')
            .length,
          approved: entries.filter((e) => e.status === 'APPROVED').length,
        };
      }),
    );
  }

  translationEntries(
    viewer: PersonRow | undefined,
    args: Omit<EntryArgs, 'key'> & {
      filter?: string | null;
      search?: string | null;
      first?: number | null;
      after?: string | null;
    },
  ) {
    this.requireTranslator(viewer, args.locale);
    const search = args.search?.trim().toLowerCase() ?? '';
    const all = Object.keys(this.strings(args.namespace))
      .sort()
      .map((key) => this.entry({ locale: args.locale, namespace: args.namespace, key }))
      .filter((entry) => matchesFilter(entry, args.filter ?? 'ALL'))
      .filter(
        (entry) =>
          search === '' ||
          [entry.key, ...entry.forms.flatMap((f) => [f.source, f.value ?? ''])].some((text) =>
            text.toLowerCase().includes(search),
          ),
      );
    const first = args.first ?? 50;
    const start = args.after ? all.findIndex((e) => e.key === atob(args.after!)) + 1 : 0;
    const nodes = all.slice(start, start + first);
    return {
      nodes,
      totalCount: all.length,
      pageInfo: {
        endCursor: nodes.length ? btoa(nodes.at(-1)!.key) : null,
        hasNextPage: start + first < all.length,
      },
    };
  }

  translationEntry(viewer: PersonRow | undefined, args: EntryArgs) {
    this.requireTranslator(viewer, args.locale);
    return this.strings(args.namespace)[args.key] ? this.entry(args) : null;
  }

  /** Translations of the same English text elsewhere in the locale. */
  translationSuggestions(viewer: PersonRow | undefined, args: EntryArgs) {
    this.requireTranslator(viewer, args.locale);
    const source = this.string(args).source;
    return Object.entries(MOCK_STRINGS).flatMap(([namespace, strings]) =>
      Object.entries(strings)
        .filter(([key, string]) => key !== args.key && sameSource(string.source, source))
        .map(([key]) => this.entry({ locale: args.locale, namespace, key }))
        .filter((entry) => entry.forms.every((form) => form.value !== null))
        .map((entry) => ({
          namespace: entry.namespace,
          key: entry.key,
          source: entry.forms[0]!.source,
          forms: entry.forms.map((form) => ({ category: form.category, value: form.value })),
          similarity: 1,
        })),
    );
  }

  saveTranslation(
    viewer: PersonRow | undefined,
    args: { input: EntryArgs & { forms: { category?: string | null; value: string }[] } },
  ) {
    const { forms, ...at } = args.input;
    if (at.locale === 'en') throw invalid('locale', 'SOURCE_LOCALE');
    const translator = this.requireTranslator(viewer, at.locale);
    const string = this.string(at);
    const categories = categoriesOf(string, at.locale);
    if (forms.some((form) => !categories.includes(form.category ?? ''))) {
      throw invalid('forms', 'UNKNOWN_CATEGORY');
    }
    const tooLong = forms.findIndex((form) => [...form.value].length > MAX_TEXT);
    if (tooLong !== -1) throw invalid(`forms.${tooLong}`, 'TOO_LONG');
    const texts = Object.fromEntries(forms.map((form) => [form.category ?? '', form.value]));
    this.record(at, { forms: texts, status: 'DRAFT', by: translator }, 'SAVED');
    return this.entry(at);
  }

  submitTranslations(
    viewer: PersonRow | undefined,
    args: Omit<EntryArgs, 'key'> & { keys: string[] },
  ) {
    this.requireTranslator(viewer, args.locale);
    const entries = args.keys.map((key) => this.entry({ ...args, key }));
    entries.forEach((entry, index) => {
      if (entry.status !== 'DRAFT') throw invalid(`keys.${index}`, 'NOT_A_DRAFT');
      if (entry.problems.length > 0) throw invalid(`keys.${index}`, 'HAS_PROBLEMS');
    });
    for (const entry of entries) {
      const edit = this.edits.get(entry.id)!;
      this.record(entry, { ...edit, status: 'IN_REVIEW', by: viewer! }, 'SUBMITTED');
    }
    return entries.map((entry) => this.entry(entry));
  }

  /** The locales a person may translate: their grants' for translators, all but English for admins. */
  protected locales(viewer: PersonRow | undefined): string[] {
    const person = this.requireViewer(viewer);
    const grants = this.network.roles.filter((r) => r.personId === person.id);
    if (grants.some((r) => r.role === 'ADMIN')) return LOCALES.filter((l) => l !== 'en');
    return LOCALES.filter((locale) =>
      grants.some(
        (r) =>
          ['TRANSLATOR', 'TRANSLATION_REVIEWER'].includes(r.role) &&
          r.scopeType === 'locale' &&
          r.scopeId === locale,
      ),
    );
  }

  private requireViewer(viewer: PersonRow | undefined): PersonRow {
    if (!viewer) throw new MockUserError('UNAUTHENTICATED', 'sign in first');
    return viewer;
  }

  protected requireTranslator(viewer: PersonRow | undefined, locale: string): PersonRow {
    if (!LOCALES.includes(locale)) throw invalid('locale', 'UNKNOWN_LOCALE');
    if (!this.locales(viewer).includes(locale)) {
      throw new MockUserError('FORBIDDEN', `you may not translate ${locale}`);
    }
    return viewer!;
  }

  protected strings(namespace: string): Record<string, MockString> {
    const strings = MOCK_STRINGS[namespace];
    if (!strings) throw invalid('namespace', 'UNKNOWN_NAMESPACE');
    return strings;
  }

  protected string(at: EntryArgs): MockString {
    const string = this.strings(at.namespace)[at.key];
    if (!string) throw invalid('key', 'UNKNOWN_KEY');
    return string;
  }

  protected record(at: EntryArgs, edit: Omit<Edit, 'at'>, action: string): void {
    const id = `${at.locale}:${at.namespace}:${at.key}`;
    const now = new Date().toISOString();
    this.edits.set(id, { ...edit, at: now });
    const by = { id: edit.by.id, displayName: `${edit.by.givenName} ${edit.by.familyName}` };
    const forms = Object.entries(edit.forms).map(([category, value]) => ({
      category: category || null,
      value,
    }));
    const change = {
      id: `change-${crypto.randomUUID()}`,
      action,
      forms,
      comment: null,
      by,
      at: now,
    };
    this.history.set(id, [change, ...(this.history.get(id) ?? [])]);
  }

  protected entry(at: EntryArgs) {
    const string = this.string(at);
    const id = `${at.locale}:${at.namespace}:${at.key}`;
    const built = MOCK_BUILT[at.locale]?.[`${at.namespace}:${at.key}`];
    const edit = this.edits.get(id);
    const texts = edit?.forms ?? built ?? {};
    const categories = categoriesOf(string, at.locale);
    const sourceOf = (category: string) => string.source[category] ?? string.source['other']!;
    const glossaryHits = this.glossaryHits(at.locale, Object.values(string.source).join(' '));
    const status: Status = edit?.status ?? (built ? 'BUILT' : 'MISSING');
    return {
      id,
      ...at,
      plural: !('' in string.source),
      forms: categories.map((category) => ({
        category: category || null,
        source: sourceOf(category),
        value: texts[category] ?? null,
        publishedValue: built?.[category] ?? null,
      })),
      status,
      outdated: edit === undefined && MOCK_OUTDATED.has(id),
      problems:
        status === 'MISSING'
          ? []
          : checkTranslation({
              locale: at.locale,
              source: Object.fromEntries(categories.map((c) => [c, sourceOf(c)])),
              forms: texts,
              ...(string.maxLength !== undefined && { maxLength: string.maxLength }),
              forbiddenTerms: glossaryHits.filter((t) => t.forbidden).map((t) => t.term),
            }),
      description: string.description ?? null,
      maxLength: string.maxLength ?? null,
      usages: string.usages,
      updatedBy: edit
        ? { id: edit.by.id, displayName: `${edit.by.givenName} ${edit.by.familyName}` }
        : null,
      updatedAt: edit?.at ?? null,
      history: this.history.get(id) ?? [],
      glossaryHits,
    };
  }

  /** The glossary terms in an English text, with the forbidden terms that go with them. */
  private glossaryHits(locale: string, source: string) {
    const brand = this.network.brands[0]!;
    const terms = (MOCK_GLOSSARY[locale] ?? []).map((term, index) => ({
      id: `glossary-${locale}-${index}`,
      brand,
      locale,
      note: null,
      ...term,
    }));
    const found = terms.filter((t) => !t.forbidden && source.toLowerCase().includes(t.term));
    const instead = new Set(found.map((t) => t.translation));
    return [...found, ...terms.filter((t) => t.forbidden && instead.has(t.translation))];
  }
}

type Entry = NonNullable<ReturnType<MockTranslationsApi['translationEntry']>>;

function matchesFilter(entry: Entry, filter: string): boolean {
  switch (filter) {
    case 'MISSING':
      return entry.status === 'MISSING';
    case 'OUTDATED':
      return entry.outdated;
    case 'NEEDS_REVIEW':
      return entry.status === 'DRAFT' || entry.status === 'IN_REVIEW';
    case 'IN_REVIEW':
      return entry.status === 'IN_REVIEW';
    default:
      return true;
  }
}

/** The categories of a string's forms in a locale ('' for a plain string). */
function categoriesOf(string: MockString, locale: string): string[] {
  return '' in string.source ? [''] : pluralCategories(locale);
}

function sameSource(a: Record<string, string>, b: Record<string, string>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
