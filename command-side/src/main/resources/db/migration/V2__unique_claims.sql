-- Command-side lookup of values that must be unique across aggregates (tenant slugs, user e-mails,
-- later external ids). Written in the same transaction as the event that claims the value.
CREATE TABLE unique_claim (
    scope       VARCHAR(40)  NOT NULL,
    claim_value VARCHAR(320) NOT NULL,
    owner_id    UUID         NOT NULL,
    claimed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, claim_value)
);
