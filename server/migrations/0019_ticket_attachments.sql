-- Tickets, documents: PDFs (repair orders, invoices) filed with a ticket. Kept like its
-- photos (0014): private, named by their content hash, each upload noted per person, and
-- linked to tickets in the reporter's order; unlike photos, a document keeps the name it
-- had on the reporter's device, for the download.
create table ticket_documents (
  id text primary key check (id ~ '^[0-9a-f]{64}\.pdf$'),
  content_type text not null check (content_type = 'application/pdf'),
  bytes bytea not null,
  uploaded_at timestamptz not null default now()
);

create table ticket_document_uploads (
  document_id text not null references ticket_documents (id) on delete cascade,
  person_id text not null references people (id),
  -- The name the uploader last gave these bytes.
  file_name text not null check (char_length(file_name) between 1 and 200),
  uploaded_at timestamptz not null default now(),
  primary key (document_id, person_id)
);
create index ticket_document_uploads_person_idx on ticket_document_uploads (person_id);

-- The name is copied at filing: a later upload under another name changes no ticket.
create table ticket_document_links (
  ticket_id text not null references tickets (id) on delete cascade,
  position int not null,
  document_id text not null references ticket_documents (id),
  file_name text not null check (char_length(file_name) between 1 and 200),
  primary key (ticket_id, position),
  unique (ticket_id, document_id)
);
create index ticket_document_links_document_idx on ticket_document_links (document_id);

-- Photos have no name to keep; the same (nullable) columns let one code path serve both.
alter table ticket_photo_uploads add column file_name text;
alter table ticket_photo_links add column file_name text;
