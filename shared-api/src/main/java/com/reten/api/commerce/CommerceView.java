package com.reten.api.commerce;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A commerce with its addresses and users, each in the order they were added.
 *
 * @param id the commerce
 * @param name display name
 * @param externalId the tenant's own id
 * @param globalExternalId cross-tenant id, or {@code null}
 * @param taxId tax identifier, or {@code null}
 * @param active whether it is active
 * @param placeholder whether it is a placeholder
 * @param metadata free-form attributes
 * @param createdAt registration time
 * @param updatedAt last change to it or anything in it
 * @param version the aggregate's sequence number at the last change
 * @param addresses its addresses, inactive ones included
 * @param users its people, inactive ones included
 */
public record CommerceView(
    UUID id,
    String name,
    String externalId,
    String globalExternalId,
    String taxId,
    boolean active,
    boolean placeholder,
    Map<String, Object> metadata,
    Instant createdAt,
    Instant updatedAt,
    long version,
    List<CommerceAddressView> addresses,
    List<CommerceUserView> users) {}
