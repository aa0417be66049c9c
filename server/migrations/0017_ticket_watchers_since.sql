-- Since when a person follows a ticket: their notifications tell what happens to it from
-- then on (server/src/notifications/ticket-notices.ts), so whoever is assigned a ticket or
-- starts following it is not handed its past as news. Following again after stopping
-- starts anew; the tickets followed before this migration count from now.
alter table ticket_watchers add column since timestamptz not null default now();
