-- An alert rule may fire when a resolved issue regresses (a new event unresolves it) instead of
-- when an issue is new or reaches min_events.
alter table alert_rules add column regression boolean default false not null;
