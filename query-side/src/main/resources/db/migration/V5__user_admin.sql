-- User administration (API.md 2.3, 2.4, 2.6). V4 is reserved for API keys.

-- Refresh sessions a user started at or before this time are refused (password reset, removal).
ALTER TABLE rm_user ADD COLUMN sessions_revoked_at TIMESTAMPTZ;

-- GET /api/user/tenant-users: a tenant's members, newest membership first, ties by user id.
CREATE INDEX rm_membership_tenant_newest ON rm_membership (tenant_id, created_at DESC, user_id);
