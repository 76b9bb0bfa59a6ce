-- Sentry's project_issue_defaults: per installation and tracker project, the ADO project and work
-- item type last used to create or link a work item; the create form starts from them.
create table work_item_defaults (
  integration_id bigint not null references integrations (id),
  project_id bigint not null references projects (id),
  ado_project_id varchar(64) not null,
  work_item_type varchar(128) not null,
  updated_at timestamp with time zone not null,
  primary key (integration_id, project_id)
);
