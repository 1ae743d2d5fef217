-- Read models of activities (API.md 4). Lists are per tenant, latest scheduled_at first with ties
-- by id, so every list index leads with tenant_id (and the filter column) and ends with
-- (scheduled_at DESC, id DESC). pg_trgm was created by V8.

CREATE TABLE rm_activity (
    id                       UUID         NOT NULL PRIMARY KEY,
    tenant_id                UUID         NOT NULL,
    type                     VARCHAR(20)  NOT NULL,
    channel                  VARCHAR(20)  NOT NULL,
    status                   VARCHAR(20)  NOT NULL,
    reason                   TEXT         NOT NULL,
    user_status              TEXT,
    score                    INTEGER,
    assignment_reason        TEXT,
    scheduled_at             TIMESTAMPTZ  NOT NULL,
    suggested_execution_time TEXT,
    idempotency_key          VARCHAR(255) NOT NULL,
    commerce_id              UUID         NOT NULL,
    -- Copied from rm_commerce when the activity is projected (not kept in step with renames).
    commerce_name            VARCHAR(255),
    commerce_external_id     VARCHAR(255),
    route_id                 UUID,
    operator_id              UUID,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL,
    version                  BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX rm_activity_list ON rm_activity (tenant_id, scheduled_at DESC, id DESC);
CREATE INDEX rm_activity_status ON rm_activity (tenant_id, status, scheduled_at DESC, id DESC);
CREATE INDEX rm_activity_type ON rm_activity (tenant_id, type, scheduled_at DESC, id DESC);
CREATE INDEX rm_activity_channel ON rm_activity (tenant_id, channel, scheduled_at DESC, id DESC);
CREATE INDEX rm_activity_commerce
    ON rm_activity (tenant_id, commerce_id, scheduled_at DESC, id DESC);
CREATE INDEX rm_activity_operator ON rm_activity (tenant_id, operator_id, scheduled_at DESC, id DESC)
    WHERE operator_id IS NOT NULL;
CREATE INDEX rm_activity_route ON rm_activity (tenant_id, route_id, scheduled_at DESC, id DESC)
    WHERE route_id IS NOT NULL;
CREATE INDEX rm_activity_reason_search ON rm_activity USING gin (lower(reason) gin_trgm_ops);
CREATE INDEX rm_activity_commerce_name_search
    ON rm_activity USING gin (lower(commerce_name) gin_trgm_ops);
CREATE INDEX rm_activity_commerce_external_id_search
    ON rm_activity USING gin (lower(commerce_external_id) gin_trgm_ops);

-- One row per status change (API.md 4.1's table), derived from the activity's events.
CREATE TABLE rm_activity_status_event (
    id            UUID        NOT NULL PRIMARY KEY,
    activity_id   UUID        NOT NULL,
    sequence      BIGINT      NOT NULL,
    event_type    VARCHAR(40) NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20) NOT NULL,
    error_code    VARCHAR(100),
    error_message TEXT,
    occurred_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX rm_activity_status_event_activity ON rm_activity_status_event (activity_id, sequence);
