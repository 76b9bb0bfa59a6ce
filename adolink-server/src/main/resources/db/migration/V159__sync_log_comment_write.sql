-- which comment an outbound comment entry wrote (and whether it added, edited or deleted it), so
-- that a given-up comment write can be sent again as the comment is now
alter table sync_log add column comment_id bigint;
alter table sync_log add column comment_change varchar(20);
