-- a work item create sent to ADO whose answer has not been stored yet: when the same create is
-- asked again while its row is here, the work item is first looked for in ADO (the earlier POST
-- may have created it before its answer was lost)
create table work_item_create_attempts (
    issue_id bigint not null,
    integration_id bigint not null,
    title varchar(255) not null,
    started_at timestamp with time zone not null,
    primary key (issue_id, integration_id, title)
);
