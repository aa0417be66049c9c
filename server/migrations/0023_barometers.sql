-- Barometers (issue 8): KPIs, their measurements and targets, the roll-ups kept current on
-- ingest, portal activity, pulse surveys and Core Web Vitals from real use.

-- A brand's KPI in one country. Names and descriptions per locale ({"en": "…", "de": "…"});
-- English is always present.
create table kpis (
  id text primary key,
  code text not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
  brand_id text not null references brands (id),
  country_code text not null references countries (code),
  names jsonb not null,
  descriptions jsonb not null,
  unit text not null check (unit in ('COUNT', 'CURRENCY', 'PERCENT', 'HOURS', 'MINUTES', 'SCORE')),
  currency text check ((unit = 'CURRENCY') = (currency is not null)),
  higher_is_better boolean not null,
  rollup text not null check (rollup in ('SUM', 'AVERAGE', 'RATIO')),
  period text not null check (period in ('WEEK', 'MONTH', 'QUARTER')),
  breakdown text not null default 'NONE' check (breakdown in ('NONE', 'TEAM', 'PERSON')),
  position int not null,
  unique (brand_id, country_code, code)
);

-- One measured value. `subject` is '' for the dealer as a whole, else the team or person
-- of a breakdown; roll-ups read the dealer rows only. `period_start` is the first day of
-- the KPI's period (an ISO week's Monday, a month's or a quarter's first day); `month` is
-- the month it counts in, what every view groups by.
create table kpi_measurements (
  kpi_id text not null references kpis (id),
  dealer_id text not null references dealers (id),
  subject text not null default '',
  period_start date not null,
  month date not null check (extract(day from month) = 1),
  value double precision not null,
  -- RATIO KPIs: the denominator; null otherwise.
  base double precision,
  updated_at timestamptz not null default now(),
  primary key (dealer_id, kpi_id, subject, period_start)
);
-- A region's dealers in a month: the barometer's rows.
create index kpi_measurements_month_idx on kpi_measurements (kpi_id, month, dealer_id)
  include (value, base) where subject = '';

create table kpi_targets (
  kpi_id text not null references kpis (id),
  dealer_id text not null references dealers (id),
  subject text not null default '',
  period_start date not null,
  month date not null check (extract(day from month) = 1),
  target double precision not null,
  updated_at timestamptz not null default now(),
  primary key (dealer_id, kpi_id, subject, period_start)
);

-- Monthly sums per region and per country, kept current in the transaction of every
-- import, so that a region's or a country's roll-up reads a handful of rows whatever the
-- size of the network. AVERAGE divides value_sum by value_count, RATIO by base_sum.
create table kpi_rollups (
  kpi_id text not null references kpis (id),
  level text not null check (level in ('REGION', 'COUNTRY')),
  scope_id text not null,
  month date not null,
  value_sum double precision not null default 0,
  value_count int not null default 0,
  base_sum double precision not null default 0,
  target_sum double precision not null default 0,
  target_count int not null default 0,
  primary key (level, scope_id, kpi_id, month)
);

-- Imports through the API: the report of each idempotency key, per caller.
create table kpi_ingests (
  actor_id text not null references people (id),
  idempotency_key text not null,
  -- sha256 of the rows sent, to refuse a key reused for other rows.
  rows_hash text not null,
  report jsonb not null,
  at timestamptz not null default now(),
  primary key (actor_id, idempotency_key)
);

-- The days a person opened the portal: the engagement barometer's active people.
create table person_active_days (
  person_id text not null references people (id) on delete cascade,
  day date not null,
  primary key (person_id, day)
);
create index person_active_days_day_idx on person_active_days (day, person_id);

create table pulse_surveys (
  id text primary key,
  brand_id text not null references brands (id),
  author_id text not null references people (id),
  title text not null,
  locale text not null,
  status text not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
  -- [{"id", "kind", "text", "options"}], 1 to 5.
  questions jsonb not null,
  -- {"countries": [], "regionIds": [], "dealerIds": [], "jobs": []}
  audience jsonb not null,
  audience_size int,
  created_at timestamptz not null default now(),
  opened_at timestamptz,
  closes_at timestamptz,
  closed_at timestamptz
);
create index pulse_surveys_status_idx on pulse_surveys (status, closes_at);

-- Who answered (for the response rate and to answer once); the answers themselves are
-- kept apart, without the person, so that no answer can be traced to anyone.
create table pulse_responses (
  survey_id text not null references pulse_surveys (id) on delete cascade,
  person_id text not null references people (id) on delete cascade,
  region_id text references regions (id),
  idempotency_key text,
  primary key (survey_id, person_id)
);

create table pulse_answers (
  id bigint generated always as identity primary key,
  survey_id text not null references pulse_surveys (id) on delete cascade,
  question_id text not null,
  scale int check (scale between 1 and 5),
  choice int,
  text text
);
create index pulse_answers_survey_idx on pulse_answers (survey_id, question_id);

-- Core Web Vitals sent by portals (sampled); kept 90 days.
create table web_vitals (
  day date not null,
  app text not null,
  locale text not null,
  country_code text not null,
  name text not null check (name in ('LCP', 'INP', 'CLS', 'TTFB')),
  value double precision not null check (value >= 0)
);
create index web_vitals_day_idx on web_vitals (day, name);
