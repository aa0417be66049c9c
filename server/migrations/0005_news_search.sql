-- Full-text search of the news, each version of an article in its own language's
-- dictionary (Polish has none in PostgreSQL: its words are matched as written).
create function news_search_config(locale text) returns regconfig
  language sql immutable parallel safe
  return case locale
    when 'en' then 'english'::regconfig
    when 'it' then 'italian'::regconfig
    when 'fr' then 'french'::regconfig
    when 'es' then 'spanish'::regconfig
    when 'de' then 'german'::regconfig
    when 'nl' then 'dutch'::regconfig
    else 'simple'::regconfig
  end;

alter table article_translations add column search tsvector
  generated always as (
    setweight(to_tsvector(news_search_config(locale), title), 'A') ||
    setweight(to_tsvector(news_search_config(locale), summary), 'B') ||
    setweight(to_tsvector(news_search_config(locale),
      regexp_replace(body_html, '<[^>]+>', ' ', 'g')), 'C')
  ) stored;
create index article_translations_search_idx on article_translations using gin (search);
