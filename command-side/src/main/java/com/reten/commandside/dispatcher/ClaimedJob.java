package com.reten.commandside.dispatcher;

import java.util.UUID;

/**
 * A due dispatch job this node holds the lease of.
 *
 * @param activityId the activity to send
 * @param tenantId its tenant
 * @param claimToken proves the lease is still this claim's when the job is finished or released
 */
record ClaimedJob(UUID activityId, UUID tenantId, UUID claimToken) {}
