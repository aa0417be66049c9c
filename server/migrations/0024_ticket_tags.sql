-- Tickets, tags: the themes a ticket raises, as its handlers name them (#recall, #paint),
-- which the voice of the network counts. Lower case, the same in every language.
alter table tickets add column tags text[] not null default '{}'
  check (cardinality(tags) <= 10);
create index tickets_tags_idx on tickets using gin (tags);

-- A change of tags is a line of the history: what was added, what was removed.
alter table ticket_events drop constraint ticket_events_action_check;
alter table ticket_events add constraint ticket_events_action_check
  check (action in ('CREATED', 'STATUS_CHANGED', 'ASSIGNED', 'CHECKLIST', 'TAGGED'));
alter table ticket_events
  add column added_tags text[],
  add column removed_tags text[],
  add constraint ticket_events_tags_check
    check ((action = 'TAGGED') = (added_tags is not null and removed_tags is not null));
