package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An address was deactivated; it is no longer primary but stays readable.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param addressId the address
 * @param deactivatedAt business time
 */
@Revision("1")
public record CommerceAddressDeactivatedEvent(
    UUID tenantId, UUID commerceId, UUID addressId, Instant deactivatedAt) {}
