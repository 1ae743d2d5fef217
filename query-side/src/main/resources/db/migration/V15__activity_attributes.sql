-- Attributes of activities (API.md 4.4): one row per requested key, in request order, from the
-- activity's ActivityAttributes*Event. Read per activity only. value is any JSON.
CREATE TABLE rm_activity_attribute (
    id                UUID         NOT NULL PRIMARY KEY,
    tenant_id         UUID         NOT NULL,
    activity_id       UUID         NOT NULL,
    position          INTEGER      NOT NULL,
    attribute_key_id  UUID         NOT NULL,
    key               VARCHAR(100) NOT NULL,
    value             JSONB,
    resolution_status VARCHAR(20)  NOT NULL,
    strategy          VARCHAR(20)  NOT NULL,
    resolver_type     VARCHAR(20)  NOT NULL,
    resolved_at       TIMESTAMPTZ,
    error_message     TEXT,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX rm_activity_attribute_activity ON rm_activity_attribute (activity_id, position);
