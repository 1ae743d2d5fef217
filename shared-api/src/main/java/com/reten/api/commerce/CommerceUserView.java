package com.reten.api.commerce;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person at a commerce.
 *
 * @param id the commerce user
 * @param name full name, or {@code null}
 * @param externalId the tenant's own id for the person, or {@code null}
 * @param source who supplied it
 * @param active whether it is active
 * @param roles roles, in declaration order
 * @param contacts contacts in the order they were added, inactive ones included
 * @param createdAt when the person was added
 * @param updatedAt last change to the person or their contacts
 */
public record CommerceUserView(
    UUID id,
    String name,
    String externalId,
    RecordSource source,
    boolean active,
    List<CommerceRole> roles,
    List<CommerceContactView> contacts,
    Instant createdAt,
    Instant updatedAt) {}
