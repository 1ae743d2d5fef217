package com.reten.api.result;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A result that matched no activity was recorded against its commerce.
 *
 * @param tenantId the tenant
 * @param resultId the result
 * @param result the result (source STANDALONE, no activity)
 * @param recordedAt business time
 */
@Revision("1")
public record StandaloneResultRecordedEvent(
    UUID tenantId, UUID resultId, ActivityResult result, Instant recordedAt) {}
