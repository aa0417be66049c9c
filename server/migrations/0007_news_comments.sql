-- Readers' reactions and comments on news, and their moderation.

-- A reaction of one kind, once per person and article. Kept to a few positive kinds:
-- criticism belongs in a comment, where it can be answered and moderated.
create table article_reactions (
  article_id text not null references articles (id) on delete cascade,
  person_id text not null references people (id),
  kind text not null check (kind in ('LIKE', 'CELEBRATE', 'INSIGHTFUL')),
  reacted_at timestamptz not null default now(),
  primary key (article_id, person_id, kind)
);
create index article_reactions_person_idx on article_reactions (person_id);

-- Comments in threads one level deep: a reply's parent starts a thread. The body is plain
-- text. A comment is visible, held (by a rule, until a moderator approves it) or hidden (by
-- a moderator: the thread keeps its place, without its text).
create table article_comments (
  id text primary key default ('comment-' || replace(gen_random_uuid()::text, '-', '')),
  article_id text not null references articles (id) on delete cascade,
  parent_id text references article_comments (id) on delete cascade,
  author_id text not null references people (id),
  body text not null check (char_length(body) between 1 and 2000),
  created_at timestamptz not null default now(),
  edited_at timestamptz,
  status text not null default 'visible' check (status in ('visible', 'held', 'hidden')),
  -- The rule that held it: a link, or a word of moderation_words.
  held_for text check (held_for in ('LINK', 'WORD')),
  -- Since when it waits in the moderation queue (held, or reported since the last
  -- decision); null when nothing waits.
  queued_at timestamptz,
  -- The last moderator's decision.
  moderated_by text references people (id),
  moderated_at timestamptz,
  moderation_reason text,
  check ((moderated_by is null) = (moderated_at is null)),
  check (status <> 'held' or queued_at is not null)
);
-- Threads oldest first, and the replies of a page of threads.
create index article_comments_thread_idx on article_comments (article_id, created_at, id)
  where parent_id is null;
create index article_comments_parent_idx on article_comments (parent_id, created_at, id);
-- Comment counts of a page of the feed.
create index article_comments_article_idx on article_comments (article_id, status);
create index article_comments_author_idx on article_comments (author_id);
create index article_comments_queue_idx on article_comments (queued_at, id)
  where queued_at is not null;

-- A report asks the moderators to look at a comment, once per person.
create table comment_reports (
  comment_id text not null references article_comments (id) on delete cascade,
  reporter_id text not null references people (id),
  reason text not null check (char_length(reason) between 1 and 500),
  reported_at timestamptz not null default now(),
  primary key (comment_id, reporter_id)
);
create index comment_reports_reporter_idx on comment_reports (reporter_id);

-- Words that hold a comment for moderation, whatever the language it is written in
-- (matched as whole words, ignoring case). A short list per language to start with.
create table moderation_words (
  locale text not null,
  word text not null check (word = lower(word) and word <> ''),
  primary key (locale, word)
);
insert into moderation_words (locale, word) values
  ('en', 'idiot'), ('en', 'stupid'), ('en', 'scam'), ('en', 'crap'),
  ('fr', 'idiot'), ('fr', 'crétin'), ('fr', 'arnaque'), ('fr', 'merde'),
  ('it', 'idiota'), ('it', 'cretino'), ('it', 'truffa'), ('it', 'merda'),
  ('es', 'idiota'), ('es', 'imbécil'), ('es', 'estafa'), ('es', 'mierda'),
  ('de', 'idiot'), ('de', 'trottel'), ('de', 'betrug'), ('de', 'scheiße'),
  ('nl', 'idioot'), ('nl', 'sukkel'), ('nl', 'oplichting'), ('nl', 'klote'),
  ('pl', 'idiota'), ('pl', 'kretyn'), ('pl', 'oszustwo'), ('pl', 'cholera');
