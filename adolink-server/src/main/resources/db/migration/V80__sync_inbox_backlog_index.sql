-- The inbox backlog gauges (adolink_webhook_inbox_backlog, ..._oldest_age_seconds) count the
-- deliveries still 'received' and find the oldest: without this index, a scan of every delivery.
create index webhook_deliveries_status_idx on webhook_deliveries (status, received_at);
