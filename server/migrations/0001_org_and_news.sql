-- The org model (group → brand → country → region → dealer → person) and published news.

create table brands (
  id text primary key,
  code text not null unique,
  name text not null
);

create table countries (
  code text primary key check (code ~ '^[A-Z]{2}$'),
  name text not null,
  locale text not null,
  time_zone text not null
);

create table regions (
  id text primary key,
  country_code text not null references countries (code),
  name text not null
);
create index regions_country_idx on regions (country_code);

create table dealers (
  id text primary key,
  region_id text not null references regions (id),
  brand_id text not null references brands (id),
  name text not null,
  city text not null
);
create index dealers_region_idx on dealers (region_id);

create table people (
  id text primary key,
  given_name text not null,
  family_name text not null,
  email text not null unique,
  job text not null check (job in ('SALESPERSON', 'SERVICE_ADVISER', 'MECHANIC',
    'SERVICE_MANAGER', 'DEALER_PRINCIPAL', 'AREA_MANAGER', 'REGION_MANAGER', 'EDITOR',
    'TRANSLATOR', 'IT_ADMIN')),
  dealer_id text references dealers (id),
  -- Managers above dealer level belong to a region of their brand's country organisation.
  region_id text references regions (id),
  brand_id text not null references brands (id),
  country_code text not null references countries (code),
  locale text not null
);
create index people_dealer_idx on people (dealer_id);

create table person_roles (
  person_id text not null references people (id) on delete cascade,
  role text not null check (role in ('EMPLOYEE', 'FIELD', 'REGION_MANAGER', 'EDITOR',
    'TRANSLATOR', 'ADMIN')),
  scope_type text not null check (scope_type in ('group', 'brand', 'country', 'region', 'dealer')),
  -- null only for the group scope.
  scope_id text check ((scope_type = 'group') = (scope_id is null)),
  unique (person_id, role, scope_type, scope_id)
);
create index person_roles_person_idx on person_roles (person_id);

create table articles (
  id text primary key,
  brand_id text not null references brands (id),
  -- null: for the whole brand, every country.
  country_code text references countries (code),
  author_id text not null references people (id),
  original_locale text not null,
  image_url text,
  published_at timestamptz not null,
  status text not null default 'published' check (status in ('published'))
);
-- Serves the feed's keyset pagination: newest first within a brand.
create index articles_feed_idx on articles (brand_id, published_at desc, id desc);
-- Serves the unfiltered feed (admins).
create index articles_published_idx on articles (published_at desc, id desc);

create table article_translations (
  article_id text not null references articles (id) on delete cascade,
  locale text not null,
  title text not null,
  summary text not null,
  body_html text not null,
  image_alt text,
  -- The author's job title as written in this language.
  author_title text,
  primary key (article_id, locale)
);
