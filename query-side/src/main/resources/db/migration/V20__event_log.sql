-- Every event once more, indexed per tenant, for GET /api/events.
-- Written by ONE tracking processor (event-log: one segment, one thread, so one writer at a time
-- across all nodes), which receives events in global-index order and waits out the event store's
-- gaps (GapAwareTrackingToken). Its own bigserial position is therefore committed in order: a
-- reader holding position p can never later find a committed row below p, which the event store's
-- global_index does not promise (a slow transaction may commit a lower index after a higher one).
-- Payloads are the current revision (after upcasting) with secrets already redacted; JSON, not
-- JSONB, keeps them byte for byte as written (field order included): nothing queries inside them.
CREATE TABLE rm_event_log (
    position       BIGSERIAL    NOT NULL PRIMARY KEY,
    -- Re-delivered events (a restart, a replay) are recognised by their id. Not by global index:
    -- a tracking token names the highest index seen, which for an event that filled a gap is
    -- not its own.
    event_id       VARCHAR(255) NOT NULL UNIQUE,
    tenant_id      UUID,
    aggregate_type VARCHAR(255),
    aggregate_id   VARCHAR(255),
    sequence       BIGINT,
    event_type     VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor_type     VARCHAR(32),
    actor_id       VARCHAR(255),
    correlation_id VARCHAR(255),
    payload        JSON         NOT NULL
);
-- A tenant's stream, and the platform stream (tenant_id IS NULL), read from a cursor onwards.
CREATE INDEX rm_event_log_tenant ON rm_event_log (tenant_id, position);
CREATE INDEX rm_event_log_tenant_type ON rm_event_log (tenant_id, event_type, position);
CREATE INDEX rm_event_log_tenant_aggregate ON rm_event_log (tenant_id, aggregate_id, position);
