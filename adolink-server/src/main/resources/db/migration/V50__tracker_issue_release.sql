-- the release an issue was first and last seen in (from its events, or given on create)
alter table issues add column first_release varchar(250);
alter table issues add column last_release varchar(250);
