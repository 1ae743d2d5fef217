package com.reten.api.commerce;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A person was added to a commerce, active and without contacts.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param userId the commerce user
 * @param name full name, or {@code null}
 * @param externalId the tenant's own id for the person, or {@code null}
 * @param source who supplied it
 * @param roles what the person does at the commerce
 * @param addedAt business time
 */
@Revision("1")
public record CommerceUserAddedEvent(
    UUID tenantId,
    UUID commerceId,
    UUID userId,
    String name,
    String externalId,
    RecordSource source,
    Set<CommerceRole> roles,
    Instant addedAt) {}
