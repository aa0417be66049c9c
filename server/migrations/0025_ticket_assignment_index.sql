-- The notification centre finds the tickets assigned to a person among every ticket event:
-- with years of tickets, that read must not scan them all.
create index ticket_events_assigned_idx on ticket_events (assignee_id, at)
  where action = 'ASSIGNED';
