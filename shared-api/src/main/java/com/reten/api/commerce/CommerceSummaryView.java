package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;

/**
 * A commerce as lists show it.
 *
 * @param id the commerce
 * @param name display name
 * @param externalId the tenant's own id
 * @param taxId tax identifier, or {@code null}
 * @param active whether it is active
 * @param placeholder whether it is a placeholder
 * @param createdAt registration time
 */
public record CommerceSummaryView(
    UUID id,
    String name,
    String externalId,
    String taxId,
    boolean active,
    boolean placeholder,
    Instant createdAt) {}
