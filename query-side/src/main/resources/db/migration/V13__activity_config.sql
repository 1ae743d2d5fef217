-- Read models of the tenant's activity configuration (API.md 5.1). A tenant has a handful of
-- rows in each: the lists read them all, by tenant.

CREATE TABLE rm_attribute_policy (
    id               UUID        NOT NULL PRIMARY KEY,
    tenant_id        UUID        NOT NULL,
    attribute_key_id UUID        NOT NULL,
    attribute_key    VARCHAR(64) NOT NULL,
    strategy         VARCHAR(20) NOT NULL,
    resolver_type    VARCHAR(20) NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX rm_attribute_policy_key ON rm_attribute_policy (tenant_id, attribute_key);

-- Deleted configs are removed; their history stays in the event store.
CREATE TABLE rm_target_resolution_config (
    id                       UUID        NOT NULL PRIMARY KEY,
    tenant_id                UUID        NOT NULL,
    resolution_strategy      VARCHAR(20) NOT NULL,
    fallback_to_commerce_rep BOOLEAN     NOT NULL,
    fallback_to_owner        BOOLEAN     NOT NULL,
    -- [{type, config, priority}] in ascending priority
    criteria                 JSONB       NOT NULL DEFAULT '[]',
    priority                 INTEGER     NOT NULL,
    active                   BOOLEAN     NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    version                  BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX rm_target_resolution_config_list
    ON rm_target_resolution_config (tenant_id, priority, active DESC, created_at, id);
