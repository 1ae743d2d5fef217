-- The tenant aggregate's sequence number, served as the ETag of GET /api/tenant/{id}.
ALTER TABLE rm_tenant ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
