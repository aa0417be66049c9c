-- Tickets, part 2: photos, writes an offline outbox may replay, service levels.

-- Photos taken for tickets (vehicles, plates, customers' documents): private, unlike the
-- public `media` of articles. Named by their content hash, so an upload replayed stores
-- nothing new; who uploaded a photo is kept per person, since only the uploader may file
-- it with a ticket or see it before it is filed.
create table ticket_photos (
  id text primary key check (id ~ '^[0-9a-f]{64}\.(png|jpg|webp)$'),
  content_type text not null check (content_type in ('image/png', 'image/jpeg', 'image/webp')),
  bytes bytea not null,
  uploaded_at timestamptz not null default now()
);

create table ticket_photo_uploads (
  photo_id text not null references ticket_photos (id) on delete cascade,
  person_id text not null references people (id),
  uploaded_at timestamptz not null default now(),
  primary key (photo_id, person_id)
);
create index ticket_photo_uploads_person_idx on ticket_photo_uploads (person_id);

-- The photos filed with a ticket, in the order the reporter gave them.
create table ticket_photo_links (
  ticket_id text not null references tickets (id) on delete cascade,
  position int not null,
  photo_id text not null references ticket_photos (id),
  primary key (ticket_id, position),
  unique (ticket_id, photo_id)
);
create index ticket_photo_links_photo_idx on ticket_photo_links (photo_id);

-- A comment's key from the client: a replay from an offline outbox finds the comment its
-- first attempt made instead of adding a second one.
alter table ticket_comments add column idempotency_key text
  check (char_length(idempotency_key) between 1 and 100);
alter table ticket_comments add constraint ticket_comments_idempotency_key
  unique (ticket_id, author_id, idempotency_key);

-- Service levels: how soon a handler should first act on a ticket (respond) and resolve
-- it, in minutes of calendar time. Defaults per kind and priority cover every ticket,
-- including those of categories created later; a category's own targets replace them.
create table ticket_sla_defaults (
  kind text not null check (kind in ('HELP_DESK', 'NON_CONFORMITY', 'REQUEST')),
  priority text not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  respond_minutes int not null check (respond_minutes > 0),
  resolve_minutes int not null check (resolve_minutes >= respond_minutes),
  primary key (kind, priority)
);

-- An urgent ticket is answered within the hour and resolved the same day, a low one
-- within a day and a week. A non-conformity often needs the dealer's side to act (a
-- vehicle back to the workshop): twice the time to resolve.
insert into ticket_sla_defaults (kind, priority, respond_minutes, resolve_minutes)
select k.kind, p.priority, p.respond_minutes,
       p.resolve_minutes * (case when k.kind = 'NON_CONFORMITY' then 2 else 1 end)
from (values ('HELP_DESK'), ('NON_CONFORMITY'), ('REQUEST')) as k (kind)
cross join (values ('URGENT', 60, 480),
                   ('HIGH', 240, 1440),
                   ('NORMAL', 480, 4320),
                   ('LOW', 1440, 10080)) as p (priority, respond_minutes, resolve_minutes);

create table ticket_sla_targets (
  category_id text not null references ticket_categories (id),
  priority text not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  respond_minutes int not null check (respond_minutes > 0),
  resolve_minutes int not null check (resolve_minutes >= respond_minutes),
  primary key (category_id, priority)
);

-- Every category starts from its kind's defaults, to be tuned per category.
insert into ticket_sla_targets (category_id, priority, respond_minutes, resolve_minutes)
select c.id, d.priority, d.respond_minutes, d.resolve_minutes
from ticket_categories c join ticket_sla_defaults d on d.kind = c.kind;

-- The clocks: the response one stops at a handler's first action, the resolution one at
-- RESOLVED; reopening restarts resolution from that moment.
alter table tickets
  add column responded_at timestamptz,
  add column resolution_started_at timestamptz not null default now(),
  add column resolved_at timestamptz;

-- Tickets filed before: their clocks from their history.
update tickets t set
  resolution_started_at = coalesce(
    (select max(e.at) from ticket_events e
     where e.ticket_id = t.id and e.from_status in ('RESOLVED', 'CLOSED')),
    t.created_at),
  responded_at = (select min(e.at) from ticket_events e
                  where e.ticket_id = t.id and e.from_status = 'NEW'),
  resolved_at = case when t.status in ('RESOLVED', 'CLOSED') then
    (select max(e.at) from ticket_events e
     where e.ticket_id = t.id and e.to_status = 'RESOLVED') end;
