-- Deliveries are applied in batches by one drain job per installation (WEBHOOKS.md): a drain claims
-- up to 50 due 'received' deliveries of its installation (claimed_by = the drain's job key, until
-- claimed_until), applies them in id order, and a delivery whose handler fails waits until
-- next_attempt_at (attempts counts the failed ones; after 10 it is 'failed').
alter table webhook_deliveries add column attempts int default 0 not null;
alter table webhook_deliveries add column next_attempt_at timestamp with time zone;
alter table webhook_deliveries add column claimed_by varchar(255);
alter table webhook_deliveries add column claimed_until timestamp with time zone;
create index webhook_deliveries_drain_idx on webhook_deliveries (integration_id, status, id);
