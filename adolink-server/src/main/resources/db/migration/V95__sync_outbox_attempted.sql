-- a request for the row may have reached ADO before (an attempt failed in flight, or its process
-- died): a comment is then looked for in ADO before it is posted again
alter table sync_outbox add column attempted boolean not null default false;
