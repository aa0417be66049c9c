-- Pinned articles: an editor keeps an article at the top of its readers' feed until a
-- time they choose. The pin ends by itself; archiving an article removes it.
alter table articles add column pinned_until timestamptz;
create index articles_pinned_idx on articles (brand_id, pinned_until)
  where pinned_until is not null;
