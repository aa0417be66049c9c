import type { PersonRow } from '../server/src/seed/generate-network.js';
import { MockUserError } from './mock-api.js';
import { invalid } from './newsroom-rules.js';
import { MockTranslationsApi, type EntryArgs } from './translations-api.js';
import { MOCK_GLOSSARY, MOCK_STRINGS } from './translations-fixture.js';

const MAX_IMPORT = 2 * 1024 * 1024;
const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;

interface GlossaryRow {
  id: string;
  brandId: string;
  locale: string;
  term: string;
  translation: string;
  forbidden: boolean;
  note: string | null;
}

interface GlossaryInput {
  id?: string | null;
  brandId: string;
  locale: string;
  term: string;
  translation: string;
  forbidden: boolean;
  note?: string | null;
}

interface Change {
  id: string;
  comment: string | null;
  forms: { category: string | null; value: string }[];
}

/**
 * The reviewers' side of the translations server: approving and sending back, publishing a
 * locale's release, restoring a version, the brands' glossaries, and files in and out.
 */
export class MockTranslationReviewApi extends MockTranslationsApi {
  /** What portals show, by entry id, once published here. */
  private readonly published = new Map<string, Record<string, string>>();
  private readonly releases = new Map<string, number>();
  private readonly terms: GlossaryRow[] = Object.entries(MOCK_GLOSSARY).flatMap(([locale, terms]) =>
    this.network.brands.flatMap((brand) =>
      terms.map((term, index) => ({
        id: `glossary-${brand.id}-${locale}-${index}`,
        brandId: brand.id,
        locale,
        note: null,
        ...term,
      })),
    ),
  );

  reviewTranslation(
    viewer: PersonRow | undefined,
    args: EntryArgs & { approve: boolean; comment?: string | null },
  ) {
    const reviewer = this.requireReviewer(viewer, args.locale);
    const at = { locale: args.locale, namespace: args.namespace, key: args.key };
    const edit = this.edits.get(this.entry(at).id);
    if (edit?.status !== 'IN_REVIEW') throw invalid('key', 'NOT_IN_REVIEW');
    const comment = args.comment?.trim() ?? '';
    if (!args.approve && comment === '') throw invalid('comment', 'REQUIRED');
    if (edit.by.id === reviewer.id && !this.isAdmin(reviewer)) {
      throw invalid('key', 'OWN_TRANSLATION');
    }
    const status = args.approve ? 'APPROVED' : 'DRAFT';
    this.record(at, { ...edit, status, by: reviewer }, args.approve ? 'APPROVED' : 'REJECTED');
    if (!args.approve) this.changesOf(this.entry(at).id)[0]!.comment = comment;
    return this.entry(at);
  }

  publishTranslations(viewer: PersonRow | undefined, args: { locale: string }) {
    const reviewer = this.requireReviewer(viewer, args.locale);
    let published = 0;
    for (const [id, edit] of this.edits) {
      const [locale, namespace, key] = id.split(':') as [string, string, string];
      if (locale !== args.locale || edit.status !== 'APPROVED') continue;
      this.published.set(id, edit.forms);
      this.record(
        { locale, namespace, key },
        { ...edit, status: 'PUBLISHED', by: reviewer },
        'PUBLISHED',
      );
      published += 1;
    }
    const release = (this.releases.get(args.locale) ?? 0) + 1;
    this.releases.set(args.locale, release);
    return { locale: args.locale, release, publishedAt: new Date().toISOString(), published };
  }

  revertTranslation(viewer: PersonRow | undefined, args: { changeId: string }) {
    const found = [...this.history].find(([, changes]) =>
      (changes as Change[]).some((change) => change.id === args.changeId),
    );
    if (!found) throw new MockUserError('NOT_FOUND', `no change ${args.changeId}`);
    const [id, changes] = found;
    const [locale, namespace, key] = id.split(':') as [string, string, string];
    const reviewer = this.requireReviewer(viewer, locale);
    const change = (changes as Change[]).find((candidate) => candidate.id === args.changeId)!;
    const forms = Object.fromEntries(change.forms.map((f) => [f.category ?? '', f.value]));
    this.record({ locale, namespace, key }, { forms, status: 'DRAFT', by: reviewer }, 'REVERTED');
    return this.entry({ locale, namespace, key });
  }

  glossary(viewer: PersonRow | undefined, args: { locale: string; brandId?: string | null }) {
    const person = this.requireTranslator(viewer, args.locale);
    const brandId = args.brandId ?? person.brandId;
    return this.terms
      .filter((term) => term.brandId === brandId && term.locale === args.locale)
      .map((term) => this.glossaryTerm(term));
  }

  saveGlossaryTerm(viewer: PersonRow | undefined, args: { input: GlossaryInput }) {
    const { input } = args;
    this.requireReviewer(viewer, input.locale);
    if (!this.network.brands.some((brand) => brand.id === input.brandId)) {
      throw invalid('brandId', 'UNKNOWN_BRAND');
    }
    const term = input.term.trim();
    const translation = input.translation.trim();
    const note = input.note?.trim() || null;
    if (term === '') throw invalid('term', 'REQUIRED');
    if ([...term].length > 100) throw invalid('term', 'TOO_LONG');
    if (translation === '') throw invalid('translation', 'REQUIRED');
    if ([...translation].length > 200) throw invalid('translation', 'TOO_LONG');
    if (note !== null && [...note].length > 500) throw invalid('note', 'TOO_LONG');
    const taken = this.terms.some(
      (other) =>
        other.id !== input.id &&
        other.brandId === input.brandId &&
        other.locale === input.locale &&
        other.term.toLowerCase() === term.toLowerCase(),
    );
    if (taken) throw invalid('term', 'TAKEN');
    const row = {
      ...input,
      id: input.id ?? `glossary-${crypto.randomUUID()}`,
      term,
      translation,
      note,
    };
    const at = this.terms.findIndex((other) => other.id === input.id);
    if (at === -1) this.terms.push(row);
    else this.terms[at] = row;
    return this.glossaryTerm(row);
  }

  deleteGlossaryTerm(viewer: PersonRow | undefined, args: { id: string }) {
    const at = this.terms.findIndex((term) => term.id === args.id);
    if (at === -1) throw new MockUserError('NOT_FOUND', `no glossary term ${args.id}`);
    this.requireReviewer(viewer, this.terms[at]!.locale);
    this.terms.splice(at, 1);
    return true;
  }

  /** i18next JSON (nested, plural forms as `key_one`) or XLIFF 2.0, of the texts portals show. */
  translationExport(
    viewer: PersonRow | undefined,
    args: { locale: string; namespace?: string | null; format: 'JSON' | 'XLIFF' },
  ) {
    this.requireTranslator(viewer, args.locale);
    const namespaces = args.namespace ? [args.namespace] : Object.keys(MOCK_STRINGS);
    const texts = namespaces.map((namespace) => ({
      namespace,
      entries: Object.keys(this.strings(namespace)).map((key) =>
        this.entry({ locale: args.locale, namespace, key }),
      ),
    }));
    if (args.format === 'XLIFF') {
      const units = texts.map(
        ({ namespace, entries }) =>
          `<file id="${namespace}">${entries
            .flatMap((entry) =>
              entry.forms.map(
                (form) =>
                  `<unit id="${entry.key}${form.category ? `_${form.category}` : ''}"><segment><source>${form.source}</source><target>${form.publishedValue ?? ''}</target></segment></unit>`,
              ),
            )
            .join('')}</file>`,
      );
      return `<?xml version="1.0" encoding="UTF-8"?><xliff version="2.0" srcLang="en" trgLang="${args.locale}">${units.join('')}</xliff>`;
    }
    const bundles = Object.fromEntries(
      texts.map(({ namespace, entries }) => [
        namespace,
        Object.fromEntries(
          entries.flatMap((entry) =>
            entry.forms
              .filter((form) => form.publishedValue !== null)
              .map((form) => [
                `${entry.key}${form.category ? `_${form.category}` : ''}`,
                form.publishedValue,
              ]),
          ),
        ),
      ]),
    );
    return JSON.stringify(args.namespace ? bundles[args.namespace] : bundles, null, 2);
  }

  /** i18next JSON of one namespace (flat or nested keys); XLIFF is left to the real server. */
  importTranslations(
    viewer: PersonRow | undefined,
    args: { locale: string; namespace?: string | null; format: string; content: string },
  ) {
    const translator = this.requireTranslator(viewer, args.locale);
    if (args.content.length > MAX_IMPORT) throw invalid('content', 'TOO_LARGE');
    if (args.format !== 'JSON') throw invalid('format', 'UNSUPPORTED');
    if (!args.namespace) throw invalid('namespace', 'REQUIRED');
    const strings = this.strings(args.namespace);
    let parsed: unknown;
    try {
      parsed = JSON.parse(args.content);
    } catch {
      throw invalid('content', 'MALFORMED');
    }
    const byKey = new Map<string, Record<string, string>>();
    const unknownKeys: string[] = [];
    for (const [flatKey, value] of flatten(parsed)) {
      const plural = PLURAL_SUFFIX.exec(flatKey);
      const [key, category] =
        plural && strings[plural[1]!] && !strings[flatKey]
          ? [plural[1]!, plural[2]!]
          : [flatKey, ''];
      if (!strings[key]) unknownKeys.push(flatKey);
      else byKey.set(key, { ...byKey.get(key), [category]: value });
    }
    let imported = 0;
    let unchanged = 0;
    const withProblems = [];
    for (const [key, forms] of byKey) {
      const at = { locale: args.locale, namespace: args.namespace, key };
      const current = this.entry(at).forms;
      if (current.every((form) => forms[form.category ?? ''] === (form.value ?? undefined))) {
        unchanged += 1;
        continue;
      }
      this.record(at, { forms, status: 'DRAFT', by: translator }, 'IMPORTED');
      imported += 1;
      const entry = this.entry(at);
      if (entry.problems.length > 0) withProblems.push(entry);
    }
    return { imported, unchanged, unknownKeys, withProblems };
  }

  /** An entry, with what this mock published shown as what portals show. */
  protected override entry(at: EntryArgs) {
    const entry = super.entry(at);
    const published = this.published.get(entry.id);
    if (!published) return entry;
    const forms = entry.forms.map((form) => ({
      ...form,
      publishedValue: published[form.category ?? ''] ?? null,
    }));
    return { ...entry, forms };
  }

  private changesOf(id: string): Change[] {
    return (this.history.get(id) ?? []) as Change[];
  }

  private isAdmin(person: PersonRow): boolean {
    return this.network.roles.some((r) => r.personId === person.id && r.role === 'ADMIN');
  }

  /** Reviewers of the locale and admins, else FORBIDDEN, as the server's SQL decides. */
  private requireReviewer(viewer: PersonRow | undefined, locale: string): PersonRow {
    const person = this.requireTranslator(viewer, locale);
    const reviews = this.network.roles.some(
      (r) =>
        r.personId === person.id &&
        (r.role === 'ADMIN' ||
          (r.role === 'TRANSLATION_REVIEWER' && r.scopeType === 'locale' && r.scopeId === locale)),
    );
    if (!reviews) throw new MockUserError('FORBIDDEN', `you may not review ${locale}`);
    return person;
  }

  private glossaryTerm(row: GlossaryRow) {
    const brand = this.network.brands.find((candidate) => candidate.id === row.brandId)!;
    return { ...row, brand };
  }
}

/** `{ feed: { title: 'x' } }` → `['feed.title', 'x']`; only strings are texts. */
function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return prefix ? [[prefix, value]] : [];
  if (value === null || typeof value !== 'object') throw invalid('content', 'MALFORMED');
  return Object.entries(value).flatMap(([key, inner]) =>
    flatten(inner, prefix ? `${prefix}.${key}` : key),
  );
}
