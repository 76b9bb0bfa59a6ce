-- The first-run page creates the first owner only while no user exists. Its one row (id 1) is
-- inserted in the same transaction as that user: a second, concurrent first run fails on the key.
create table first_run (
  id int primary key,
  created_at timestamp with time zone not null
);
