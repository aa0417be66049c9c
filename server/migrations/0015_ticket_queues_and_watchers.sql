-- Tickets, part 3: team queues with their members, assignment, watchers.

-- A team that works tickets, e.g. "Lumo Italy after-sales" or the group's IT help desk. It
-- serves the dealers of its brand and country; a queue without brand or country serves
-- every brand or country. A team's name is a proper name, the same in every language.
create table ticket_queues (
  id text primary key,
  name text not null unique check (char_length(name) between 1 and 80),
  brand_id text references brands (id) on delete cascade,
  country_code text references countries (code) on delete cascade
);

-- The people of a queue: they handle its tickets and may be assigned them.
create table ticket_queue_members (
  queue_id text not null references ticket_queues (id) on delete cascade,
  person_id text not null references people (id) on delete cascade,
  primary key (queue_id, person_id)
);
create index ticket_queue_members_person_idx on ticket_queue_members (person_id);

-- The queue a new ticket of a category lands in. A table of its own rather than a column
-- of ticket_categories: resetting the demo truncates brands and, by cascade, the queues and
-- this table, while the categories (part of the schema) stay.
create table ticket_category_queues (
  category_id text primary key references ticket_categories (id) on delete cascade,
  queue_id text not null references ticket_queues (id) on delete cascade
);

alter table tickets
  add column queue_id text references ticket_queues (id) on delete set null,
  add column assignee_id text references people (id);
create index tickets_queue_idx on tickets (queue_id, created_at desc, id desc);
create index tickets_assignee_idx on tickets (assignee_id, created_at desc, id desc);

-- An assignment's line of the history names the queue and the person it went to.
alter table ticket_events drop constraint ticket_events_action_check;
alter table ticket_events add constraint ticket_events_action_check
  check (action in ('CREATED', 'STATUS_CHANGED', 'ASSIGNED'));
alter table ticket_events
  add column queue_id text references ticket_queues (id) on delete set null,
  add column assignee_id text references people (id);

-- Who follows a ticket: its reporter and assignee from the start, anyone who sees it by
-- choice. Unwatching deletes the row, so the reporter may stop following too.
create table ticket_watchers (
  ticket_id text not null references tickets (id) on delete cascade,
  person_id text not null references people (id) on delete cascade,
  primary key (ticket_id, person_id)
);
create index ticket_watchers_person_idx on ticket_watchers (person_id);

-- Existing tickets are followed by their reporters, as new ones are.
insert into ticket_watchers (ticket_id, person_id) select id, reporter_id from tickets;
