-- Translations (issue 7). A namespace's strings are the keys of its English bundle, built
-- into the apps; a locale's built bundle is the fallback. Translators' edits live here and
-- reach portals once a reviewer publishes them.

-- The portal's locales: adding one is a row here plus its bundles.
create table translation_locales (
  code text primary key,
  -- The locale it falls back to (es-CL reads es); null for a full locale.
  base text references translation_locales (code),
  position int not null unique
);
insert into translation_locales (code, base, position) values
  ('en', null, 1), ('it', null, 2), ('fr', null, 3), ('es', null, 4), ('es-CL', 'es', 5),
  ('de', null, 6), ('nl', null, 7), ('pl', null, 8);

-- Reviewers approve and publish a locale's translations.
alter table person_roles drop constraint person_roles_role_check;
alter table person_roles add constraint person_roles_role_check
  check (role in ('EMPLOYEE', 'FIELD', 'REGION_MANAGER', 'EDITOR', 'TRANSLATOR',
    'TRANSLATION_REVIEWER', 'ADMIN'));

-- One string of a namespace in a locale, as edited here. `forms` maps a plural category
-- ('one', 'few'…) or '' for a plain string to its text.
create table translations (
  locale text not null references translation_locales (code),
  namespace text not null,
  key text not null,
  -- The working text (draft, in review, approved or published).
  forms jsonb not null,
  status text not null check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED')),
  -- Problems of `forms` (translation-rules.ts), kept so a draft is never lost.
  problems jsonb not null default '[]',
  -- The English forms it translates, to tell when the source changed since.
  source_forms jsonb not null,
  -- What portals show: the last published forms; null until first published.
  published_forms jsonb,
  updated_by text references people (id),
  updated_at timestamptz not null default now(),
  primary key (locale, namespace, key)
);
create index translations_status_idx on translations (locale, status);

create table translation_changes (
  id bigint generated always as identity primary key,
  locale text not null,
  namespace text not null,
  key text not null,
  action text not null check (action in ('SAVED', 'SUBMITTED', 'APPROVED', 'REJECTED',
    'PUBLISHED', 'REVERTED', 'IMPORTED')),
  forms jsonb not null,
  comment text,
  person_id text references people (id),
  at timestamptz not null default now()
);
create index translation_changes_entry_idx on translation_changes (locale, namespace, key, id desc);

-- Each locale's publication counter: the version in the URL of its published edits.
create table translation_releases (
  locale text primary key references translation_locales (code),
  release int not null,
  published_at timestamptz not null,
  published_by text references people (id)
);

-- A brand's glossary in a locale: approved translations of terms, and forbidden terms.
create table glossary_terms (
  id text primary key default ('glossary-' || replace(gen_random_uuid()::text, '-', '')),
  brand_id text not null references brands (id),
  locale text not null references translation_locales (code),
  term text not null check (char_length(term) between 1 and 100),
  translation text not null check (char_length(translation) between 1 and 200),
  forbidden boolean not null default false,
  note text check (char_length(note) <= 500),
  updated_by text references people (id),
  updated_at timestamptz not null default now()
);
create unique index glossary_terms_unique_idx on glossary_terms (brand_id, locale, lower(term));
