package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceAddressView;
import com.reten.api.commerce.RecordSource;
import java.time.Instant;
import java.util.UUID;

/** An address of a commerce. */
record CommerceAddressResponse(
    UUID id,
    RecordSource source,
    String sourceRef,
    String addressAlias,
    String street,
    String streetNumber,
    String unit,
    String city,
    String commune,
    String region,
    String countryCode,
    String formattedAddress,
    Double latitude,
    Double longitude,
    boolean isPrimary,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {

  static CommerceAddressResponse of(CommerceAddressView view) {
    var address = view.address();
    return new CommerceAddressResponse(
        view.id(),
        view.source(),
        view.sourceRef(),
        address.addressAlias(),
        address.street(),
        address.streetNumber(),
        address.unit(),
        address.city(),
        address.commune(),
        address.region(),
        address.countryCode(),
        address.formattedAddress(),
        address.latitude(),
        address.longitude(),
        view.primary(),
        view.active(),
        view.createdAt(),
        view.updatedAt());
  }
}
