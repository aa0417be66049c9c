import { signedIn } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { GraphQLContext } from '../context.js';
import type { Db } from '../db/db.js';
import type {
  GlossaryTerm,
  MutationResolvers,
  QueryResolvers,
  TranslationEntryResolvers,
} from '../generated/resolvers.js';
import { invalidField, notFound } from '../graphql/errors.js';
import { plainText } from '../tickets/ticket-input.js';
import { localeToWorkOn } from './access.js';

/**
 * A brand's glossary in a locale: the approved translation of its terms, and the terms it
 * forbids. The locale's translators read it; its reviewers and admins change it.
 */

const MAX_TERM_LENGTH = 100;
const MAX_TRANSLATION_LENGTH = 200;
const MAX_NOTE_LENGTH = 500;

const SELECT_TERMS = `
  select g.id, json_build_object('id', b.id, 'code', b.code, 'name', b.name) as brand,
         g.locale, g.term, g.translation, g.forbidden, g.note
  from glossary_terms g join brands b on b.id = g.brand_id`;

/** A brand's terms in a locale, alphabetically. */
function brandTerms(db: Db, brandId: string, locale: string): Promise<GlossaryTerm[]> {
  return db.query<GlossaryTerm>(
    `${SELECT_TERMS} where g.brand_id = $1 and g.locale = $2 order by lower(g.term), g.id`,
    [brandId, locale],
  );
}

export const glossary: QueryResolvers['glossary'] = async (
  _parent,
  { locale, brandId },
  { db, principal },
) => {
  const { caller, locale: workedOn } = await localeToWorkOn(db, principal, locale, 'translate');
  return brandTerms(db, brandId ?? caller.brandId, workedOn.code);
};

/** A one-line text: whitespace runs become one space. */
const oneLine = (field: string, value: string, max: number) =>
  plainText(field, value.replace(/\s+/g, ' '), max);

/** The locale of a stored term, or NOT_FOUND. */
async function storedLocale(db: Db, id: string): Promise<string> {
  const [stored] = await db.query<{ locale: string }>(
    'select locale from glossary_terms where id = $1',
    [id],
  );
  if (!stored) throw notFound('glossary term');
  return stored.locale;
}

/**
 * Creates or changes a term, with its audit entry. Changing a term to another locale takes
 * the right to review both.
 */
export const saveGlossaryTerm: MutationResolvers['saveGlossaryTerm'] = async (
  _parent,
  { input },
  { db, principal },
) => {
  const { caller, locale: workedOn } = await localeToWorkOn(db, principal, input.locale, 'review');
  const locale = workedOn.code;
  if (input.id) {
    const previous = await storedLocale(db, input.id);
    if (previous !== locale) await localeToWorkOn(db, caller, previous, 'review');
  }
  const term = oneLine('term', input.term, MAX_TERM_LENGTH);
  const translation = oneLine('translation', input.translation, MAX_TRANSLATION_LENGTH);
  const note = input.note?.trim() ? plainText('note', input.note, MAX_NOTE_LENGTH) : null;
  const [brand] = await db.query('select 1 from brands where id = $1', [input.brandId]);
  if (!brand) throw invalidField('brandId', 'UNKNOWN_BRAND', `No brand ${input.brandId}`);
  const [taken] = await db.query(
    `select 1 from glossary_terms
     where brand_id = $1 and locale = $2 and lower(term) = lower($3) and id is distinct from $4`,
    [input.brandId, locale, term, input.id ?? null],
  );
  if (taken) throw invalidField('term', 'TAKEN', `The glossary already has "${term}"`);
  const fields = [input.brandId, locale, term, translation, input.forbidden, note, caller.personId];
  const id = await db.transaction(async (tx) => {
    const [saved] = input.id
      ? await tx.query<{ id: string }>(
          `update glossary_terms set brand_id = $1, locale = $2, term = $3, translation = $4,
             forbidden = $5, note = $6, updated_by = $7, updated_at = now()
           where id = $8 returning id`,
          [...fields, input.id],
        )
      : await tx.query<{ id: string }>(
          `insert into glossary_terms
             (brand_id, locale, term, translation, forbidden, note, updated_by)
           values ($1, $2, $3, $4, $5, $6, $7) returning id`,
          fields,
        );
    await recordAudit(tx, caller, {
      action: 'glossary.term.save',
      targetType: 'glossary-term',
      targetId: saved!.id,
      details: { brandId: input.brandId, locale, term, translation, forbidden: input.forbidden },
    });
    return saved!.id;
  });
  const [saved] = await db.query<GlossaryTerm>(`${SELECT_TERMS} where g.id = $1`, [id]);
  return saved!;
};

export const deleteGlossaryTerm: MutationResolvers['deleteGlossaryTerm'] = async (
  _parent,
  { id },
  { db, principal },
) => {
  signedIn(principal);
  const { caller } = await localeToWorkOn(db, principal, await storedLocale(db, id), 'review');
  await db.transaction(async (tx) => {
    const [gone] = await tx.query<{ term: string; brand_id: string; locale: string }>(
      'delete from glossary_terms where id = $1 returning term, brand_id, locale',
      [id],
    );
    await recordAudit(tx, caller, {
      action: 'glossary.term.delete',
      targetType: 'glossary-term',
      targetId: id,
      details: { brandId: gone!.brand_id, locale: gone!.locale, term: gone!.term },
    });
  });
  return true;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `term` appears in `text` as whole words, ignoring case: "test drive" in "Book a
 * Test Drive", not "dealer" in "dealership". Letters of any script count as word characters.
 */
export function mentionsTerm(text: string, term: string): boolean {
  const words = term.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** A request's glossaries by locale, read once for a page of entries. */
const requestGlossaries = new WeakMap<GraphQLContext, Map<string, Promise<GlossaryTerm[]>>>();

/** The caller's brand's terms of the entry's locale found in its English source. */
export const TranslationEntryGlossary: Pick<TranslationEntryResolvers, 'glossaryHits'> = {
  glossaryHits: async (entry, _args, context) => {
    const caller = signedIn(context.principal);
    const glossaries = requestGlossaries.get(context) ?? new Map<string, Promise<GlossaryTerm[]>>();
    requestGlossaries.set(context, glossaries);
    if (!glossaries.has(entry.locale)) {
      glossaries.set(entry.locale, brandTerms(context.db, caller.brandId, entry.locale));
    }
    const source = Object.values(entry.source).join('\n');
    const terms = await glossaries.get(entry.locale)!;
    return terms.filter((term) => mentionsTerm(source, term.term));
  },
};
