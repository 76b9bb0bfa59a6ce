-- a Retry-After that ADO gave one instance holds every instance on this database: before each
-- request to an organization the transport reads its row (organization_url is the client's key)
create table ado_rate_limit_holds (
    organization_url varchar(1000) primary key,
    not_before timestamp with time zone not null
);
