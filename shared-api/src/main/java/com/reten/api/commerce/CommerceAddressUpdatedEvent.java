package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An address changed; {@code address} and {@code primary} hold their values after the change.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param addressId the address
 * @param address where it is
 * @param primary whether it is the commerce's primary address
 * @param previousPrimaryId the address that stopped being primary because of this one, or {@code
 *     null}
 * @param updatedAt business time
 */
@Revision("1")
public record CommerceAddressUpdatedEvent(
    UUID tenantId,
    UUID commerceId,
    UUID addressId,
    AddressDetails address,
    boolean primary,
    UUID previousPrimaryId,
    Instant updatedAt) {}
