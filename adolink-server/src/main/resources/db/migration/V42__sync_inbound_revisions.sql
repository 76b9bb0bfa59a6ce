-- Per work item and field (status, assignee): the newest revision whose change was decided
-- inbound. ADO delivers in parallel and retries reorder deliveries: an older revision arriving
-- later leaves the field alone instead of undoing the newer change.
create table sync_inbound_revisions (
  integration_id bigint not null references integrations (id),
  work_item_id integer not null,
  field varchar(16) not null,
  rev integer not null,
  constraint sync_inbound_revisions_pk primary key (integration_id, work_item_id, field)
);
