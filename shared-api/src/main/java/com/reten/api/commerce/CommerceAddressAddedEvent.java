package com.reten.api.commerce;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A commerce got an address, active.
 *
 * @param tenantId the tenant
 * @param commerceId the commerce
 * @param addressId the address
 * @param source who supplied it
 * @param sourceRef the supplier's reference, or {@code null}
 * @param address where it is
 * @param primary whether it is the commerce's primary address
 * @param previousPrimaryId the address that stopped being primary because of this one, or {@code
 *     null}
 * @param addedAt business time
 */
@Revision("1")
public record CommerceAddressAddedEvent(
    UUID tenantId,
    UUID commerceId,
    UUID addressId,
    RecordSource source,
    String sourceRef,
    AddressDetails address,
    boolean primary,
    UUID previousPrimaryId,
    Instant addedAt) {}
