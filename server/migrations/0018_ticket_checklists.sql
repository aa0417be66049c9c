-- Tickets, checklists: the steps a reporter lists when filing a ticket, which its handlers
-- and its reporter tick off. Plain text, in the order given; never edited after filing.
create table ticket_checklist_items (
  id text primary key default ('ticket-check-' || replace(gen_random_uuid()::text, '-', '')),
  ticket_id text not null references tickets (id) on delete cascade,
  position int not null,
  label text not null check (char_length(label) between 1 and 200),
  -- Who ticked it and when; both null while it is not done.
  done_by text references people (id),
  done_at timestamptz,
  check ((done_by is null) = (done_at is null)),
  unique (ticket_id, position)
);

-- A tick or an untick is a line of the history, naming the item.
alter table ticket_events drop constraint ticket_events_action_check;
alter table ticket_events add constraint ticket_events_action_check
  check (action in ('CREATED', 'STATUS_CHANGED', 'ASSIGNED', 'CHECKLIST'));
alter table ticket_events
  add column checklist_item_id text references ticket_checklist_items (id) on delete cascade,
  add column checked boolean,
  add constraint ticket_events_checklist_check
    check ((action = 'CHECKLIST') = (checklist_item_id is not null and checked is not null));
