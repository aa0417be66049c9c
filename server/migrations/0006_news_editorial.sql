-- The editorial side of news: drafts, review, scheduling and archiving; language versions
-- that know when they were last written; uploaded pictures.

-- A scheduled article is a published one whose publication time has not come yet: the
-- feed shows it from that instant on without a job having to flip its status.
alter table articles drop constraint articles_status_check;
alter table articles add constraint articles_status_check
  check (status in ('draft', 'review', 'published', 'archived'));
alter table articles alter column published_at drop not null;
alter table articles add constraint articles_published_needs_time
  check (status in ('draft', 'review') or published_at is not null);
-- The IANA zone the editor scheduled in, to show the time as they chose it.
alter table articles add column time_zone text;
alter table articles add column updated_at timestamptz not null default now();
create index articles_updated_idx on articles (updated_at desc, id desc);

-- A translation older than its original needs a look.
alter table article_translations add column updated_at timestamptz not null default now();

-- Pictures uploaded by editors, served at /media/uploads/<id>. Content-addressed: the id
-- is the SHA-256 of the bytes, so the same picture uploaded twice is stored once.
create table media (
  id text primary key,
  content_type text not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
  bytes bytea not null,
  uploaded_by text references people (id),
  uploaded_at timestamptz not null default now()
);
