-- who acted: for an outbound row, who made the tracker change that queued the write (user, release,
-- ingest, azure_devops); for an inbound one, ADO's System.ChangedBy of the revision. Null for rows
-- written before this column existed.
alter table sync_outbox add column actor_type varchar(20);
alter table sync_outbox add column actor_name varchar(500);
alter table sync_log add column actor_type varchar(20);
alter table sync_log add column actor_name varchar(500);
-- the error in people's words (the technical detail stays in error)
alter table sync_log add column error_sentence varchar(2000);
