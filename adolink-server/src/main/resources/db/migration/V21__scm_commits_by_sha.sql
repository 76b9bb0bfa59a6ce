-- Commits are looked up by lists of shas (sha in (...) and repository_id = ?). With the sha first
-- the unique index serves those lists on H2 too, which used (repository_id, sha) for the
-- repository alone and scanned all of its commits for every list.
alter table scm_commits drop constraint scm_commits_sha_uq;
alter table scm_commits add constraint scm_commits_sha_uq unique (sha, repository_id);
create index scm_commits_repository_idx on scm_commits (repository_id, authored_at);
