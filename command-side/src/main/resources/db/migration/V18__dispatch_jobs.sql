-- One row per READY activity awaiting a dispatch attempt (API.md 5.4). Written in the transaction
-- of the activity's events (a subscribing handler), so a job exists exactly when its event does.
-- Workers on any node claim due rows with FOR UPDATE SKIP LOCKED and hold them with a lease
-- (claimed_until): at most one attempt per activity is in flight, and a crashed node's job is
-- claimable again once its lease runs out. claim_token fences a late finisher whose lease expired.
CREATE TABLE dispatch_job (
    activity_id   UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    due_at        TIMESTAMPTZ NOT NULL,
    claimed_by    VARCHAR(64),
    claim_token   UUID,
    claimed_until TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- The claim query: due rows, oldest due first; a range scan that stops at now().
CREATE INDEX dispatch_job_due ON dispatch_job (due_at);
