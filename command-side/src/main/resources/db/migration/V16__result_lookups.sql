-- Command-side lookups of results (API.md 4.5, 5.1), each written in the transaction that stores
-- the events it follows; the command side reads them instead of loading aggregates or the query side.

-- Every tenant's result-type codes, for checking a submitted result's code with one index lookup
-- (loading the tenant's catalog aggregate would make a tenant's results wait for each other).
CREATE TABLE task_result_type_lookup (
    tenant_id                    UUID         NOT NULL,
    code                         VARCHAR(64)  NOT NULL,
    label                        VARCHAR(255) NOT NULL,
    requires_future_scheduled_at BOOLEAN      NOT NULL,
    is_active                    BOOLEAN      NOT NULL,
    PRIMARY KEY (tenant_id, code)
);

-- The activity each dispatch provider id names, from ActivityDispatchedEvent (the latest dispatch
-- under an id wins), so a result sent with only provider_activity_id finds its activity.
CREATE TABLE activity_provider_id (
    tenant_id            UUID         NOT NULL,
    provider_activity_id VARCHAR(255) NOT NULL,
    activity_id          UUID         NOT NULL,
    PRIMARY KEY (tenant_id, provider_activity_id)
);

-- The latest result (greatest occurred_at) per commerce and activity channel ('NONE' for STANDALONE
-- results), for target resolution: LAST_CONTACTED_* criteria and the last_result attribute.
CREATE TABLE latest_task_result (
    tenant_id   UUID        NOT NULL,
    commerce_id UUID        NOT NULL,
    channel     VARCHAR(20) NOT NULL,
    activity_id UUID,
    result_id   UUID        NOT NULL,
    code        VARCHAR(64) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, commerce_id, channel)
);
