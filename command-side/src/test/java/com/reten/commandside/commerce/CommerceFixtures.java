package com.reten.commandside.commerce;

import com.reten.api.commerce.AddressDetails;
import com.reten.api.commerce.CommerceAddressAddedEvent;
import com.reten.api.commerce.CommerceContactAddedEvent;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.RecordSource;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Ids, times and events shared by the commerce fixtures. */
final class CommerceFixtures {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final UUID COMMERCE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  static final UUID OTHER_USER = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);
  static final AddressDetails SANTIAGO =
      new AddressDetails(
          "Local",
          "Av. Providencia",
          "1234",
          null,
          "Santiago",
          "Providencia",
          "RM",
          "CL",
          null,
          -33.43,
          -70.61);

  private CommerceFixtures() {}

  static AggregateTestFixture<Commerce> fixture(InMemoryUniqueClaims claims) {
    var fixture = new AggregateTestFixture<>(Commerce.class);
    fixture.registerInjectableResource(claims);
    return fixture;
  }

  static CommerceRegisteredEvent registered() {
    return new CommerceRegisteredEvent(
        TENANT, COMMERCE, "Almacén Rosa", "ext-1", null, "76.123.456-7", false, Map.of(), T0);
  }

  static CommerceAddressAddedEvent addressAdded(UUID addressId, boolean primary, UUID previous) {
    return new CommerceAddressAddedEvent(
        TENANT, COMMERCE, addressId, RecordSource.RETEN, null, SANTIAGO, primary, previous, T0);
  }

  static CommerceUserAddedEvent userAdded(UUID userId, String externalId) {
    return new CommerceUserAddedEvent(
        TENANT,
        COMMERCE,
        userId,
        "Rosa Pérez",
        externalId,
        RecordSource.RETEN,
        Set.of(CommerceRole.OWNER),
        T0);
  }

  static CommerceContactAddedEvent contactAdded(
      UUID contactId, ContactType type, String value, boolean primary, UUID previous) {
    return new CommerceContactAddedEvent(
        TENANT, COMMERCE, USER, contactId, type, value, RecordSource.RETEN, primary, previous, T0);
  }
}
