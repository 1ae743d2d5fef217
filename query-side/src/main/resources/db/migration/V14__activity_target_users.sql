-- Target users of activities (API.md 4.3): one row per position, in the order resolution added
-- them, from the activity's ActivityTargetUsers*Event. Read per activity only.
CREATE TABLE rm_activity_target_user (
    id                  UUID         NOT NULL PRIMARY KEY,
    tenant_id           UUID         NOT NULL,
    activity_id         UUID         NOT NULL,
    position            INTEGER      NOT NULL,
    commerce_user_id    UUID,
    -- The commerce user's name when picked (not kept in step with later renames).
    name                VARCHAR(255),
    resolution_status   VARCHAR(20)  NOT NULL,
    resolution_strategy VARCHAR(20)  NOT NULL,
    lock_reason         VARCHAR(30),
    resolved_at         TIMESTAMPTZ,
    locked_at           TIMESTAMPTZ,
    error_message       TEXT,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX rm_activity_target_user_activity
    ON rm_activity_target_user (activity_id, position);
