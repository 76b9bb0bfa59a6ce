-- Suspect commits look file changes up by the file names of an issue's stack frames: the last
-- path segment of each change, lower case.
alter table scm_commit_files add column file_name varchar(1000);
update scm_commit_files set file_name = lower(regexp_replace(path, '^.*/', ''));
create index scm_commit_files_name_idx on scm_commit_files (file_name, commit_id);

-- What the last computation of an issue's suspect commits found: FOUND, or why there are none
-- (NO_FRAMES, NO_RELEASE, UNKNOWN_RELEASE, NO_COMMITS, NO_MATCH).
create table scm_issue_suspects (
  issue_id bigint primary key references issues (id),
  status varchar(32) not null,
  release_version varchar(250),
  releases int not null default 0,
  commits int not null default 0,
  computed_at timestamp with time zone not null
);

-- The top suspect commits of an issue, best first; files: JSON array of the matched paths.
create table scm_suspect_commits (
  issue_id bigint not null references issues (id),
  position int not null,
  commit_id bigint not null references scm_commits (id),
  score int not null,
  frames int not null,
  files text not null,
  primary key (issue_id, position)
);

-- Per project: assign new issues to the author of their top suspect commit.
create table scm_project_ownership (
  project_id bigint primary key references projects (id),
  auto_assign_suspect_commits boolean not null,
  updated_at timestamp with time zone not null
);
