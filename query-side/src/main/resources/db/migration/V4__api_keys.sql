-- API keys as authentication and the key list read them. Only the key's SHA-256 is stored.
CREATE TABLE rm_api_key (
    id           UUID         NOT NULL PRIMARY KEY,
    tenant_id    UUID         NOT NULL,
    user_id      UUID         NOT NULL,
    name         VARCHAR(255) NOT NULL,
    key_prefix   VARCHAR(15)  NOT NULL,
    key_hash     CHAR(64)     NOT NULL UNIQUE,
    permissions  TEXT[]       NOT NULL,
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    created_at   TIMESTAMPTZ  NOT NULL,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX rm_api_key_owner ON rm_api_key (tenant_id, user_id, created_at DESC, id);
