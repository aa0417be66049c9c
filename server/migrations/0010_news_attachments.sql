-- Files attached to an article (a procedure, a price list), uploaded like its picture.
alter table media drop constraint media_content_type_check;
alter table media add constraint media_content_type_check check (content_type in
  ('image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'));
alter table media add column byte_size integer generated always as (octet_length(bytes)) stored;

create table article_attachments (
  article_id text not null references articles (id) on delete cascade,
  position integer not null,
  media_id text not null references media (id),
  -- The file name readers see and download under.
  name text not null check (char_length(name) between 1 and 120),
  primary key (article_id, position)
);
