-- The built-in demo issuer's signing key when the data is on a PostgreSQL server, so
-- that every instance signs and verifies with the same key and tokens survive restarts.
create table demo_issuer_keys (
  id text primary key,
  private_jwk jsonb not null,
  created_at timestamptz not null default now()
);
