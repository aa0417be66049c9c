-- Targeted news and must-reads.

-- Who an article is for, within its brand (and its country when it has one). Each row is
-- one group of readers: every criterion it sets must match, a null criterion matches
-- anyone. An article with no rows is for the whole brand (× country).
create table article_audiences (
  article_id text not null references articles (id) on delete cascade,
  country_code text references countries (code),
  region_id text references regions (id),
  dealer_id text references dealers (id),
  job text,
  role text
);
create index article_audiences_article_idx on article_audiences (article_id);

-- A must-read asks each reader to acknowledge it, by its deadline when it has one.
alter table articles add column must_read boolean not null default false;
alter table articles add column must_read_by timestamptz;
alter table articles add constraint articles_deadline_needs_must_read
  check (must_read_by is null or must_read);

-- Who opened and who acknowledged an article: once per person.
create table article_reads (
  article_id text not null references articles (id) on delete cascade,
  person_id text not null references people (id),
  opened_at timestamptz not null default now(),
  acknowledged_at timestamptz,
  primary key (article_id, person_id)
);
create index article_reads_person_idx on article_reads (person_id);
create index articles_must_read_idx on articles (brand_id) where must_read;
