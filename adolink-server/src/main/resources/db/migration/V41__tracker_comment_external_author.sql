-- A comment brought in from Azure DevOps by a person who is no tracker user: their ADO display name.
alter table issue_comments add column external_author varchar(200);
