-- How often an issue occurred, and the fingerprint that groups occurrences into it: an issue posted
-- with the fingerprint of an unresolved issue of the same project counts as one more occurrence.
alter table issues add column times_seen bigint not null default 1;
alter table issues add column fingerprint varchar(255);
create index issues_fingerprint_idx on issues (project_id, fingerprint);
