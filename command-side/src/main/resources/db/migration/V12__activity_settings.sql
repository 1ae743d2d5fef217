-- Command-side copy of each tenant's activity configuration, written in the transaction that
-- stores the configuration's events and read by ActivitySettings while an activity is created.
-- Reading it locks nothing, so creations of one tenant never wait on each other or on the
-- configuration's aggregates.

CREATE TABLE activity_target_resolution_setting (
    config_id UUID    NOT NULL PRIMARY KEY,
    tenant_id UUID    NOT NULL,
    priority  INTEGER NOT NULL,
    active    BOOLEAN NOT NULL,
    -- TargetResolutionRule as JSON: strategy, fallbacks and criteria.
    rule      JSONB   NOT NULL
);
-- One active config per priority and tenant (the aggregate's rule, kept here as a backstop), and
-- the one-row index scan behind "the tenant's active config with the lowest priority".
CREATE UNIQUE INDEX activity_target_resolution_setting_active
    ON activity_target_resolution_setting (tenant_id, priority) WHERE active;

CREATE TABLE activity_attribute_policy_setting (
    tenant_id     UUID        NOT NULL,
    attribute_key VARCHAR(64) NOT NULL,
    strategy      VARCHAR(20) NOT NULL,
    resolver_type VARCHAR(20) NOT NULL,
    PRIMARY KEY (tenant_id, attribute_key)
);
