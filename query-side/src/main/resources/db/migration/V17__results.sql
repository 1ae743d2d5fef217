-- Read models of results and result-type codes (API.md 4.5, 4.6, 5.1).

-- A tenant's result-type codes, listed in the order they were defined (seeded ones first).
CREATE TABLE rm_task_result_type (
    id                           UUID         NOT NULL PRIMARY KEY,
    tenant_id                    UUID         NOT NULL,
    code                         VARCHAR(64)  NOT NULL,
    label                        VARCHAR(255) NOT NULL,
    requires_future_scheduled_at BOOLEAN      NOT NULL,
    is_active                    BOOLEAN      NOT NULL,
    position                     INTEGER      NOT NULL,
    created_at                   TIMESTAMPTZ  NOT NULL,
    updated_at                   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT rm_task_result_type_code UNIQUE (tenant_id, code)
);

-- Every result, about an activity or STANDALONE. Lists are per tenant, most recently recorded
-- first with ties by id, so list indexes lead with tenant_id (and the filter column) and end with
-- (created_at DESC, id DESC).
CREATE TABLE rm_activity_result (
    id                   UUID         NOT NULL PRIMARY KEY,
    tenant_id            UUID         NOT NULL,
    activity_id          UUID,
    provider_activity_id VARCHAR(255),
    commerce_id          UUID         NOT NULL,
    commerce_external_id VARCHAR(255) NOT NULL,
    occurred_at          TIMESTAMPTZ  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    external_status      VARCHAR(255),
    source               VARCHAR(20)  NOT NULL,
    result_code          VARCHAR(64)  NOT NULL,
    result_label         VARCHAR(255),
    comment              TEXT,
    contact_type         VARCHAR(20),
    operator_external_id VARCHAR(255),
    future_scheduled_at  TIMESTAMPTZ,
    payload              JSONB,
    raw_payload          JSONB,
    hard_override        BOOLEAN      NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rm_activity_result_list ON rm_activity_result (tenant_id, created_at DESC, id DESC);
CREATE INDEX rm_activity_result_activity
    ON rm_activity_result (tenant_id, activity_id, created_at DESC, id DESC)
    WHERE activity_id IS NOT NULL;
CREATE INDEX rm_activity_result_commerce
    ON rm_activity_result (tenant_id, commerce_external_id, created_at DESC, id DESC);
CREATE INDEX rm_activity_result_status
    ON rm_activity_result (tenant_id, status, created_at DESC, id DESC);
CREATE INDEX rm_activity_result_occurred ON rm_activity_result (tenant_id, occurred_at);

-- An activity's most recently recorded result (its `result` field; the Task Integration API's
-- result_status filter joins it).
ALTER TABLE rm_activity ADD COLUMN latest_result_id UUID;
