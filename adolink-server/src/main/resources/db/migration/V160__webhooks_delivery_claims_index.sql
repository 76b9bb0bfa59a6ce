-- A drain asks whether another drain holds a live claim on its installation's deliveries before it
-- claims (webhooks.Inbox.claim). Through webhook_deliveries_drain_idx that read every received
-- delivery of the installation (the backlog, bodies included on H2) on every claim; with this index
-- it reads only the live claims.
create index webhook_deliveries_claims_idx on webhook_deliveries (integration_id, status, claimed_until);
