-- Read models of operators and routes (directory). Lists are per tenant, newest first with ties
-- by id, so every list index leads with tenant_id and ends with (created_at DESC, id DESC).

-- Case-insensitive "contains" search (lower(column) LIKE '%term%') cannot use a b-tree; pg_trgm's
-- GIN indexes on lower(column) serve it. pg_trgm ships with PostgreSQL's contrib (the embedded test binaries, the postgres
-- images) and is a trusted extension, so a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE rm_operator (
    id          UUID         NOT NULL PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    email       VARCHAR(254),
    phone       VARCHAR(16),
    external_id VARCHAR(255),
    active      BOOLEAN      NOT NULL,
    placeholder BOOLEAN      NOT NULL,
    metadata    JSONB        NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX rm_operator_list ON rm_operator (tenant_id, created_at DESC, id DESC);
CREATE INDEX rm_operator_type ON rm_operator (tenant_id, type, created_at DESC, id DESC);
CREATE INDEX rm_operator_active ON rm_operator (tenant_id, active, created_at DESC, id DESC);
CREATE INDEX rm_operator_name_search ON rm_operator USING gin (lower(name) gin_trgm_ops);
CREATE INDEX rm_operator_email_search ON rm_operator USING gin (lower(email) gin_trgm_ops);

CREATE TABLE rm_route (
    id           UUID         NOT NULL PRIMARY KEY,
    tenant_id    UUID         NOT NULL,
    name         VARCHAR(255) NOT NULL,
    external_id  VARCHAR(255),
    description  TEXT,
    active       BOOLEAN      NOT NULL,
    metadata     JSONB        NOT NULL DEFAULT '{}',
    -- Visit order; filled by the route's commerce assignment (PUT /api/routes/:id/commerces).
    commerce_ids UUID[]       NOT NULL DEFAULT '{}',
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX rm_route_list ON rm_route (tenant_id, created_at DESC, id DESC);
CREATE INDEX rm_route_active ON rm_route (tenant_id, active, created_at DESC, id DESC);
CREATE INDEX rm_route_name_search ON rm_route USING gin (lower(name) gin_trgm_ops);
CREATE INDEX rm_route_external_id_search ON rm_route USING gin (lower(external_id) gin_trgm_ops);

-- Every operator ever linked to a route; unlinking clears `active`, relinking sets it again.
CREATE TABLE rm_route_operator (
    route_id    UUID        NOT NULL REFERENCES rm_route (id) ON DELETE CASCADE,
    operator_id UUID        NOT NULL,
    role        VARCHAR(10) NOT NULL,
    active      BOOLEAN     NOT NULL,
    linked_at   TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (route_id, operator_id)
);
-- GET /api/routes?operator_id=: the routes an operator is actively linked to.
CREATE INDEX rm_route_operator_active ON rm_route_operator (operator_id, route_id) WHERE active;
