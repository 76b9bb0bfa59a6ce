-- What sentry-cli sets on a release besides its version: a URL and when work on it started
-- (dateStarted); dateReleased is released_at.
alter table scm_releases add column url varchar(2000);
alter table scm_releases add column started_at timestamp with time zone;
