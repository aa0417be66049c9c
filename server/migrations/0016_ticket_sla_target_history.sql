-- Service-level targets become editable by admins (saveTicketCategory). A ticket keeps the
-- targets in force when it was filed: a change is a new row from that moment, so a ticket's
-- due times, and whether it met them, never move after the fact. The seeded targets are in
-- force since always, for the tickets filed before this migration.
alter table ticket_sla_targets add column valid_from timestamptz not null default '-infinity';
alter table ticket_sla_targets alter column valid_from set default now();
alter table ticket_sla_targets drop constraint ticket_sla_targets_pkey;
alter table ticket_sla_targets add primary key (category_id, priority, valid_from);
