-- Read models of dispatch (API.md 5.2-5.4): the global provider catalog, tenants' dispatch configs
-- (never a secret: only the names of the credentials and secret settings that are set), and where
-- each activity's dispatch stands.

CREATE TABLE rm_dispatch_provider (
    id            UUID         NOT NULL PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    protocol_type VARCHAR(20)  NOT NULL,
    is_active     BOOLEAN      NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE rm_dispatch_channel_definition (
    -- Derived from (provider, channel), so a replay yields the same ids.
    id                UUID        NOT NULL PRIMARY KEY,
    provider_id       UUID        NOT NULL REFERENCES rm_dispatch_provider (id) ON DELETE CASCADE,
    channel           VARCHAR(20) NOT NULL,
    credential_schema JSONB       NOT NULL,
    settings_schema   JSONB       NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX rm_dispatch_channel_definition_provider
    ON rm_dispatch_channel_definition (provider_id, channel);

-- Deleted configs are removed; their history stays in the event store.
CREATE TABLE rm_dispatch_config (
    id                  UUID          NOT NULL PRIMARY KEY,
    tenant_id           UUID          NOT NULL,
    provider_id         UUID          NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    base_url            VARCHAR(2048),
    settings            JSONB         NOT NULL,
    credential_keys     TEXT[]        NOT NULL,
    secret_setting_keys TEXT[]        NOT NULL,
    is_active           BOOLEAN       NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX rm_dispatch_config_list ON rm_dispatch_config (tenant_id, created_at DESC, id DESC);
CREATE INDEX rm_dispatch_config_active ON rm_dispatch_config (tenant_id, channel) WHERE is_active;

ALTER TABLE rm_activity
    ADD COLUMN provider_activity_id   VARCHAR(255),
    ADD COLUMN dispatch_attempt_count INTEGER NOT NULL DEFAULT 0;
