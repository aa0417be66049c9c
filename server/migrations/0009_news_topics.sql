-- Topics of news: one category from a fixed list (translated by the portal), and free
-- tags written by editors, the same in every language (#recall, #ev).
alter table articles add column category text not null default 'COMPANY'
  check (category in ('PRODUCTS', 'SALES', 'AFTER_SALES', 'TRAINING', 'NETWORK', 'COMPANY'));
alter table articles add column tags text[] not null default '{}';
create index articles_category_idx on articles (category, published_at desc, id desc);
create index articles_tags_idx on articles using gin (tags);
