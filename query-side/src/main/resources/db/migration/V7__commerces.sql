-- Commerces with their addresses, users and contacts, as the commerce projections keep them.
-- pg_trgm is a trusted extension (PostgreSQL 13+), so the migrating role needs no superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE rm_commerce (
    id                 UUID         NOT NULL PRIMARY KEY,
    tenant_id          UUID         NOT NULL,
    name               VARCHAR(255) NOT NULL,
    external_id        VARCHAR(255) NOT NULL,
    global_external_id VARCHAR(255),
    tax_id             VARCHAR(255),
    is_active          BOOLEAN      NOT NULL,
    is_placeholder     BOOLEAN      NOT NULL,
    metadata           JSONB        NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL
);
-- The list's order (newest first, ties by id) within a tenant: the first page is an index scan
-- that stops after `limit` rows; is_active / is_placeholder filter on the way.
CREATE INDEX rm_commerce_list ON rm_commerce (tenant_id, created_at DESC, id DESC);
-- Exact filters. Not UNIQUE: uniqueness is the command side's rule (unique_claim); a read model
-- that enforced it could only halt its projection.
CREATE INDEX rm_commerce_external_id ON rm_commerce (tenant_id, external_id);
CREATE INDEX rm_commerce_global_external_id ON rm_commerce (tenant_id, global_external_id);
-- `search` is lower(name) LIKE '%x%' OR lower(external_id) LIKE '%x%': a B-tree cannot serve a
-- leading wildcard, trigram GIN indexes can (a BitmapOr of the two, then the tenant filter).
CREATE INDEX rm_commerce_name_trgm ON rm_commerce USING gin (lower(name) gin_trgm_ops);
CREATE INDEX rm_commerce_external_id_trgm ON rm_commerce USING gin (lower(external_id) gin_trgm_ops);

-- Parts of a commerce are listed in the order they were added: `position` is the commerce's event
-- sequence number that added them (a sync adds many at one instant, so created_at cannot order them).
CREATE TABLE rm_commerce_address (
    id                UUID         NOT NULL PRIMARY KEY,
    commerce_id       UUID         NOT NULL,
    position          BIGINT       NOT NULL,
    source            VARCHAR(20)  NOT NULL,
    source_ref        VARCHAR(255),
    address_alias     VARCHAR(255),
    street            VARCHAR(255),
    street_number     VARCHAR(50),
    unit              VARCHAR(50),
    city              VARCHAR(255),
    commune           VARCHAR(255),
    region            VARCHAR(255),
    country_code      CHAR(2),
    formatted_address VARCHAR(1000),
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    is_primary        BOOLEAN      NOT NULL,
    is_active         BOOLEAN      NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rm_commerce_address_commerce ON rm_commerce_address (commerce_id, position);

CREATE TABLE rm_commerce_user (
    id          UUID         NOT NULL PRIMARY KEY,
    commerce_id UUID         NOT NULL,
    position    BIGINT       NOT NULL,
    name        VARCHAR(255),
    external_id VARCHAR(255),
    source      VARCHAR(20)  NOT NULL,
    roles       TEXT[]       NOT NULL,
    is_active   BOOLEAN      NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rm_commerce_user_commerce ON rm_commerce_user (commerce_id, position);

CREATE TABLE rm_commerce_contact (
    id           UUID         NOT NULL PRIMARY KEY,
    commerce_id  UUID         NOT NULL,
    user_id      UUID         NOT NULL,
    position     BIGINT       NOT NULL,
    contact_type VARCHAR(20)  NOT NULL,
    value        VARCHAR(320) NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    is_primary   BOOLEAN      NOT NULL,
    is_active    BOOLEAN      NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rm_commerce_contact_commerce ON rm_commerce_contact (commerce_id, position);
