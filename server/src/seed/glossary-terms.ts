import type { Db } from '../db/db.js';

/**
 * The demo's glossaries: the terms Castello's and Lumo's Polish and Italian networks agree
 * on, and the anglicisms and loose words their brand guides forbid. Each term's id is
 * stable (`glossary-<brand>-<locale>-<term>`), so tests and a reseed find the same rows.
 */
interface SeedTerm {
  term: string;
  translation: string;
  forbidden?: boolean;
  note?: string;
}

const NETWORK_TERMS: Record<'pl' | 'it', SeedTerm[]> = {
  pl: [
    { term: 'dealership', translation: 'salon dealerski' },
    { term: 'after-sales', translation: 'obsługa posprzedażna' },
    { term: 'test drive', translation: 'jazda próbna' },
    { term: 'non-conformity', translation: 'niezgodność' },
    { term: 'warranty', translation: 'gwarancja' },
    {
      term: 'jazda testowa',
      translation: 'jazda próbna',
      forbidden: true,
      note: 'W komunikacji marki używamy wyłącznie określenia „jazda próbna”.',
    },
    {
      term: 'recall',
      translation: 'akcja serwisowa',
      forbidden: true,
      note: 'Nie używamy anglicyzmu „recall”: klientom i serwisom mówimy o akcji serwisowej.',
    },
  ],
  it: [
    { term: 'dealership', translation: 'concessionaria' },
    { term: 'after-sales', translation: 'post-vendita' },
    { term: 'test drive', translation: 'prova su strada' },
    { term: 'non-conformity', translation: 'non conformità' },
    { term: 'trade-in', translation: 'permuta' },
    { term: 'warranty', translation: 'garanzia' },
    {
      term: 'dealer',
      translation: 'concessionaria',
      forbidden: true,
      note: 'In italiano si dice «concessionaria»; «dealer» solo nei nomi ufficiali dei programmi.',
    },
    {
      term: 'recall',
      translation: 'campagna di richiamo',
      forbidden: true,
      note: 'Mai «recall» nei testi per la rete: si scrive «campagna di richiamo».',
    },
  ],
};

const BRANDS = ['castello', 'lumo'];

const slug = (term: string) => term.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export async function seedGlossaryTerms(db: Db): Promise<void> {
  const rows = BRANDS.flatMap((brand) =>
    Object.entries(NETWORK_TERMS).flatMap(([locale, terms]) =>
      terms.map((t) => ({
        id: `glossary-${brand}-${locale}-${slug(t.term)}`,
        brand,
        locale,
        ...t,
      })),
    ),
  );
  await db.query(
    `insert into glossary_terms (id, brand_id, locale, term, translation, forbidden, note)
     select id, 'brand-' || brand, locale, term, translation, forbidden, note
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[],
                 $7::text[]) as t(id, brand, locale, term, translation, forbidden, note)
     where exists (select 1 from brands where id = 'brand-' || t.brand)
     on conflict (id) do nothing`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.brand),
      rows.map((r) => r.locale),
      rows.map((r) => r.term),
      rows.map((r) => r.translation),
      rows.map((r) => r.forbidden ?? false),
      rows.map((r) => r.note ?? null),
    ],
  );
}
