-- Live streams announced by articles, and notifications.

-- An article may announce a live stream: it shows as live across the portal from its
-- start to its end.
alter table articles add column live_starts_at timestamptz;
alter table articles add column live_ends_at timestamptz;
alter table articles add column stream_url text;
alter table articles add constraint articles_live_stream_complete check (
  (live_starts_at is null) = (live_ends_at is null)
  and (live_starts_at is null) = (stream_url is null)
  and (live_ends_at is null or live_ends_at > live_starts_at));
create index articles_live_idx on articles (live_ends_at) where live_ends_at is not null;

-- When the portal pushed news of an article to its readers: at publication (a scheduled
-- one when its time comes) and 15 minutes before its stream. Claiming a row by setting
-- these makes each announcement happen once, whichever server instance sees it first.
alter table articles add column announced_at timestamptz;
alter table articles add column stream_announced_at timestamptz;
update articles set announced_at = published_at
  where status = 'published' and published_at <= now();
create index articles_unannounced_idx on articles (published_at)
  where announced_at is null and status = 'published';

-- Notifications are derived from the news (must-reads, replies, streams), not copied to
-- each reader: publishing to 10,000 people writes one row. What a person has seen is the
-- time they last opened their notification centre.
create table notification_seen (
  person_id text primary key references people (id) on delete cascade,
  seen_at timestamptz not null
);
