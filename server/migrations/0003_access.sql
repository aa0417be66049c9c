-- People, organisation and access: communities, teams, scoped roles, roll-out cohorts,
-- the audit log and erasure.

-- The editorial unit: one brand in one country, run by its editors.
create table communities (
  id text primary key,
  brand_id text not null references brands (id),
  country_code text not null references countries (code),
  unique (brand_id, country_code)
);

-- The site/team level between a dealer and its people.
create table teams (
  id text primary key,
  dealer_id text not null references dealers (id),
  kind text not null check (kind in ('MANAGEMENT', 'SALES', 'SERVICE', 'WORKSHOP')),
  unique (dealer_id, kind)
);

alter table people add column team_id text references teams (id);
-- Set when the person's data was erased on request; the row stays so that their
-- contributions remain, attributed to a former member.
alter table people add column erased_at timestamptz;
create index people_team_idx on people (team_id);
create index people_region_idx on people (region_id);

-- Editors hold a community, translators a locale.
alter table person_roles drop constraint person_roles_scope_type_check;
alter table person_roles add constraint person_roles_scope_type_check
  check (scope_type in ('group', 'brand', 'country', 'region', 'dealer', 'community', 'locale'));

-- Roll-out waves. An app without a row here is open to everyone its roles allow; a pilot
-- app only to the countries and dealers of its cohort (and to admins, who run the pilot).
create table app_rollouts (
  app text primary key check (app ~ '^[a-z][a-z0-9-]{0,39}$'),
  wave text not null check (wave in ('pilot', 'everyone')),
  updated_at timestamptz not null default now(),
  updated_by text references people (id)
);

create table app_rollout_cohort (
  app text not null references app_rollouts (app) on delete cascade,
  scope_type text not null check (scope_type in ('country', 'dealer')),
  scope_id text not null,
  primary key (app, scope_type, scope_id)
);

-- What editors and admins did: who, under which roles and scopes, what, when.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id text not null references people (id),
  -- The actor's role grants at the time of the action.
  actor_grants jsonb not null,
  action text not null,
  target_type text not null,
  target_id text,
  details jsonb not null default '{}'
);
create index audit_log_at_idx on audit_log (at desc, id desc);
create index audit_log_target_idx on audit_log (target_type, target_id);
create index audit_log_actor_idx on audit_log (actor_id);

-- Append-only: rows are never changed, and only the retention purge (or a demo reset),
-- which sets piazza.audit_purge for its own transaction, may delete them.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op in ('DELETE', 'TRUNCATE') and current_setting('piazza.audit_purge', true) = 'on' then
    return old;
  end if;
  raise exception 'audit_log is append-only';
end
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();

-- Settings an admin changes at run time.
create table settings (
  key text primary key,
  value jsonb not null
);
insert into settings (key, value) values ('audit_retention_days', '730');

-- Brings a database seeded before this migration to the new model; a fresh one is empty
-- here and gets the same rows from the seed generator.
insert into communities (id, brand_id, country_code)
  select 'community-' || b.code || '-' || lower(c.code), b.id, c.code
  from brands b cross join countries c;
update person_roles r
  set scope_type = 'community', scope_id = 'community-' || b.code || '-' || lower(p.country_code)
  from people p join brands b on b.id = p.brand_id
  where r.person_id = p.id and r.role = 'EDITOR' and r.scope_type = 'country';
update person_roles r set scope_type = 'locale', scope_id = p.locale
  from people p
  where r.person_id = p.id and r.role = 'TRANSLATOR' and r.scope_type = 'group';
create function pg_temp.team_kind(job text) returns text language sql as $$
  select case job when 'DEALER_PRINCIPAL' then 'MANAGEMENT' when 'SALESPERSON' then 'SALES'
    when 'MECHANIC' then 'WORKSHOP' else 'SERVICE' end
$$;
insert into teams (id, dealer_id, kind)
  select distinct 'team-' || substr(dealer_id, 8) || '-' || lower(pg_temp.team_kind(job)),
         dealer_id, pg_temp.team_kind(job)
  from people where dealer_id is not null;
update people p set team_id = t.id
  from teams t
  where t.dealer_id = p.dealer_id and t.kind = pg_temp.team_kind(p.job);
