-- a release's head (its first commit) and its commits in order, read without scanning its rows
create index scm_release_commits_position_idx on scm_release_commits (release_id, position);
