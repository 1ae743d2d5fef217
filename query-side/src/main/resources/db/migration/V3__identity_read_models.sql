-- Read models of the identity core, rebuilt from events by the query side's projections.
CREATE TABLE rm_tenant (
    id         UUID         NOT NULL PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    slug       VARCHAR(63)  NOT NULL UNIQUE,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX rm_tenant_created ON rm_tenant (created_at, id);

CREATE TABLE rm_user (
    id            UUID         NOT NULL PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    first_name    VARCHAR(255),
    last_name     VARCHAR(255),
    password_hash VARCHAR(100) NOT NULL,
    super_admin   BOOLEAN      NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE rm_membership (
    tenant_id  UUID        NOT NULL,
    user_id    UUID        NOT NULL,
    roles      TEXT[]      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX rm_membership_user ON rm_membership (user_id, created_at);
