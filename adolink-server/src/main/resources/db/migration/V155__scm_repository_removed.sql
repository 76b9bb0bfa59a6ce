-- A removed repository is hidden (lists, pickers, pushes, new release refs), its code mappings are
-- deleted, and the commits stored for past releases stay readable. Adding it again clears this.
alter table scm_repositories add column removed_at timestamp with time zone;
