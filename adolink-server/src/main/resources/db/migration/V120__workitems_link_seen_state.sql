-- What adolink last saw of a linked work item in ADO (when it created, linked or synced it), so
-- the issue page shows its state and assignee without asking ADO.
alter table linked_work_items add column seen_state varchar(128);
alter table linked_work_items add column seen_assignee varchar(256);
-- the revision it was seen at: an older revision's delivery arriving late does not replace it
alter table linked_work_items add column seen_rev integer;
alter table linked_work_items add column seen_at timestamp with time zone;
