-- The ticket list's "recently updated" order (tickets(sort: RECENTLY_UPDATED)), as the
-- newest-first one has tickets_created_idx.
create index tickets_updated_idx on tickets (updated_at desc, id desc);
