-- Tickets: help-desk requests and process non-conformities filed by the dealer network,
-- their history and their discussion.

-- What a ticket is about. A non-conformity's category is the process that went wrong, so
-- the process is not asked twice. Names in every portal locale; admins retire a category
-- by clearing `active` (tickets keep it).
create table ticket_categories (
  id text primary key,
  kind text not null check (kind in ('HELP_DESK', 'NON_CONFORMITY', 'REQUEST')),
  code text not null unique,
  names jsonb not null check (jsonb_typeof(names) = 'object' and names ? 'en'),
  position int not null,
  active boolean not null default true
);

insert into ticket_categories (id, kind, code, names, position) values
  ('category-it', 'HELP_DESK', 'IT',
   '{"en": "IT", "it": "Informatica", "fr": "Informatique", "es": "Informática", "de": "IT", "nl": "IT", "pl": "IT"}', 1),
  ('category-crm-duplicate', 'HELP_DESK', 'CRM_DUPLICATE_CUSTOMER',
   '{"en": "CRM: duplicate customer record", "it": "CRM: cliente duplicato", "fr": "CRM : fiche client en double", "es": "CRM: cliente duplicado", "de": "CRM: doppelter Kundendatensatz", "nl": "CRM: dubbele klantrecord", "pl": "CRM: zduplikowany rekord klienta"}', 2),
  ('category-crm-wrong-data', 'HELP_DESK', 'CRM_WRONG_CUSTOMER_DATA',
   '{"en": "CRM: wrong customer data", "it": "CRM: dati cliente errati", "fr": "CRM : données client erronées", "es": "CRM: datos de cliente erróneos", "de": "CRM: falsche Kundendaten", "nl": "CRM: onjuiste klantgegevens", "pl": "CRM: błędne dane klienta"}', 3),
  ('category-crm-missing-data', 'HELP_DESK', 'CRM_MISSING_DATA',
   '{"en": "CRM: missing data", "it": "CRM: dati mancanti", "fr": "CRM : données manquantes", "es": "CRM: datos que faltan", "de": "CRM: fehlende Daten", "nl": "CRM: ontbrekende gegevens", "pl": "CRM: brakujące dane"}', 4),
  ('category-nc-sales', 'NON_CONFORMITY', 'SALES_PROCESS',
   '{"en": "Sales process", "it": "Processo di vendita", "fr": "Processus de vente", "es": "Proceso de venta", "de": "Verkaufsprozess", "nl": "Verkoopproces", "pl": "Proces sprzedaży"}', 5),
  ('category-nc-workshop', 'NON_CONFORMITY', 'WORKSHOP_PROCESS',
   '{"en": "Workshop process", "it": "Processo di officina", "fr": "Processus atelier", "es": "Proceso de taller", "de": "Werkstattprozess", "nl": "Werkplaatsproces", "pl": "Proces warsztatowy"}', 6),
  ('category-nc-parts', 'NON_CONFORMITY', 'PARTS_LOGISTICS',
   '{"en": "Parts logistics", "it": "Logistica ricambi", "fr": "Logistique pièces", "es": "Logística de recambios", "de": "Teilelogistik", "nl": "Onderdelenlogistiek", "pl": "Logistyka części"}', 7),
  ('category-nc-warranty', 'NON_CONFORMITY', 'WARRANTY',
   '{"en": "Warranty", "it": "Garanzia", "fr": "Garantie", "es": "Garantía", "de": "Garantie", "nl": "Garantie", "pl": "Gwarancja"}', 8),
  ('category-request-other', 'REQUEST', 'OTHER',
   '{"en": "Other request", "it": "Altra richiesta", "fr": "Autre demande", "es": "Otra solicitud", "de": "Sonstige Anfrage", "nl": "Overig verzoek", "pl": "Inne zgłoszenie"}', 9);

-- The human number people quote on the phone: T-000123.
create sequence ticket_number_seq;

create table tickets (
  id text primary key default ('ticket-' || replace(gen_random_uuid()::text, '-', '')),
  number text not null unique
    default ('T-' || lpad(nextval('ticket_number_seq')::text, 6, '0')),
  kind text not null check (kind in ('HELP_DESK', 'NON_CONFORMITY', 'REQUEST')),
  category_id text not null references ticket_categories (id),
  title text not null check (char_length(title) between 1 and 120),
  description text not null check (char_length(description) between 1 and 5000),
  priority text not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  status text not null default 'NEW' check (status in ('NEW', 'TRIAGED', 'IN_PROGRESS',
    'WAITING_FOR_REPORTER', 'RESOLVED', 'CLOSED')),
  dealer_id text not null references dealers (id),
  reporter_id text not null references people (id),
  -- A non-conformity's own fields: the vehicle or the customer concerned, and how bad.
  vin text check (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
  customer_reference text check (char_length(customer_reference) between 1 and 60),
  severity text check (severity in ('MINOR', 'MAJOR', 'CRITICAL')),
  check ((kind = 'NON_CONFORMITY') = (severity is not null)),
  check (kind = 'NON_CONFORMITY' or (vin is null and customer_reference is null)),
  check (kind <> 'NON_CONFORMITY' or vin is not null or customer_reference is not null),
  -- The key the client sent with the creation: a replay from an offline outbox finds the
  -- ticket its first attempt made instead of filing a second one.
  idempotency_key text not null check (char_length(idempotency_key) between 1 and 100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (reporter_id, idempotency_key)
);
-- Lists newest first, per dealer (managers' and regions' views) and per reporter.
create index tickets_dealer_idx on tickets (dealer_id, created_at desc, id desc);
create index tickets_reporter_idx on tickets (reporter_id, created_at desc, id desc);
create index tickets_created_idx on tickets (created_at desc, id desc);

-- Everything that happened to a ticket, oldest first: its creation and each move.
create table ticket_events (
  id bigint generated always as identity primary key,
  ticket_id text not null references tickets (id) on delete cascade,
  actor_id text not null references people (id),
  at timestamptz not null default now(),
  action text not null check (action in ('CREATED', 'STATUS_CHANGED')),
  from_status text,
  to_status text
);
create index ticket_events_ticket_idx on ticket_events (ticket_id, id);

-- The discussion of a ticket, in plain text. Internal notes are the handlers' only.
create table ticket_comments (
  id text primary key default ('ticket-comment-' || replace(gen_random_uuid()::text, '-', '')),
  ticket_id text not null references tickets (id) on delete cascade,
  author_id text not null references people (id),
  body text not null check (char_length(body) between 1 and 2000),
  internal boolean not null default false,
  created_at timestamptz not null default now()
);
create index ticket_comments_ticket_idx on ticket_comments (ticket_id, created_at, id);
