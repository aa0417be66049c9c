-- A news comment's key from the client: a replay from an offline outbox finds the comment
-- its first attempt made instead of adding a second one (as ticket comments, 0014).
alter table article_comments add column idempotency_key text
  check (char_length(idempotency_key) between 1 and 100);
alter table article_comments add constraint article_comments_idempotency_key
  unique (article_id, author_id, idempotency_key);
