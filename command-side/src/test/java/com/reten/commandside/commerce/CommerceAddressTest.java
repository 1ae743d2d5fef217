package com.reten.commandside.commerce;

import static com.reten.commandside.commerce.CommerceFixtures.COMMERCE;
import static com.reten.commandside.commerce.CommerceFixtures.OTHER_TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.SANTIAGO;
import static com.reten.commandside.commerce.CommerceFixtures.T0;
import static com.reten.commandside.commerce.CommerceFixtures.T1;
import static com.reten.commandside.commerce.CommerceFixtures.TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.addressAdded;
import static com.reten.commandside.commerce.CommerceFixtures.registered;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.commerce.AddCommerceAddressCommand;
import com.reten.api.commerce.AddressDetails;
import com.reten.api.commerce.CommerceAddressAddedEvent;
import com.reten.api.commerce.CommerceAddressDeactivatedEvent;
import com.reten.api.commerce.CommerceAddressUpdatedEvent;
import com.reten.api.commerce.DeactivateCommerceAddressCommand;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.UpdateCommerceAddressCommand;
import com.reten.api.error.ErrorCode;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommerceAddressTest {

  private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
  private static final AddressDetails NEW_STREET =
      new AddressDetails(null, "Calle Nueva", "55", null, null, null, null, null, null, null, null);

  private AggregateTestFixture<Commerce> fixture;

  @BeforeEach
  void setUp() {
    fixture = CommerceFixtures.fixture(new InMemoryUniqueClaims());
  }

  @Test
  void anAddressIsAddedWithItsSource() {
    fixture
        .given(registered())
        .when(add(FIRST, false))
        .expectEvents(
            new CommerceAddressAddedEvent(
                TENANT,
                COMMERCE,
                FIRST,
                RecordSource.INTEGRATION,
                "erp-7",
                SANTIAGO,
                false,
                null,
                T1));
  }

  @Test
  void aNewPrimaryAddressNamesTheOneItReplaces() {
    fixture
        .given(registered(), addressAdded(FIRST, true, null))
        .when(add(SECOND, true))
        .expectEvents(
            new CommerceAddressAddedEvent(
                TENANT,
                COMMERCE,
                SECOND,
                RecordSource.INTEGRATION,
                "erp-7",
                SANTIAGO,
                true,
                FIRST,
                T1));
  }

  @Test
  void makingAnAddressPrimaryReplacesTheCurrentPrimaryOnly() {
    fixture
        .given(registered(), addressAdded(FIRST, true, null), addressAdded(SECOND, true, FIRST))
        .when(update(FIRST, null, true))
        .expectEvents(
            new CommerceAddressUpdatedEvent(TENANT, COMMERCE, FIRST, SANTIAGO, true, SECOND, T1));
  }

  @Test
  void anUpdateChangesOnlyTheGivenParts() {
    AddressDetails changed =
        new AddressDetails(
            "Local",
            "Calle Nueva",
            "55",
            null,
            "Santiago",
            "Providencia",
            "RM",
            "CL",
            null,
            -33.43,
            -70.61);
    fixture
        .given(registered(), addressAdded(FIRST, false, null))
        .when(update(FIRST, NEW_STREET, null))
        .expectEvents(
            new CommerceAddressUpdatedEvent(TENANT, COMMERCE, FIRST, changed, false, null, T1));
  }

  @Test
  void anUpdateThatChangesNothingRecordsNothing() {
    fixture
        .given(registered(), addressAdded(FIRST, true, null))
        .when(update(FIRST, SANTIAGO, true))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void aDeactivatedAddressIsNoLongerPrimaryAndCannotBecomeIt() {
    fixture
        .given(registered(), addressAdded(FIRST, true, null))
        .when(new DeactivateCommerceAddressCommand(TENANT, COMMERCE, FIRST, null, T1))
        .expectEvents(new CommerceAddressDeactivatedEvent(TENANT, COMMERCE, FIRST, T1));
    fixture
        .given(
            registered(),
            addressAdded(FIRST, true, null),
            new CommerceAddressDeactivatedEvent(TENANT, COMMERCE, FIRST, T0),
            addressAdded(SECOND, false, null))
        .when(update(FIRST, null, true))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage("An inactive address cannot be primary");
  }

  @Test
  void deactivatingTwiceRecordsItOnce() {
    fixture
        .given(
            registered(),
            addressAdded(FIRST, false, null),
            new CommerceAddressDeactivatedEvent(TENANT, COMMERCE, FIRST, T0))
        .when(new DeactivateCommerceAddressCommand(TENANT, COMMERCE, FIRST, null, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void anUnknownAddressIsNotFound() {
    fixture
        .given(registered(), addressAdded(FIRST, false, null))
        .when(update(SECOND, NEW_STREET, null))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Commerce address not found");
  }

  @Test
  void anotherTenantsAddressIsNotFound() {
    fixture
        .given(registered(), addressAdded(FIRST, false, null))
        .when(new DeactivateCommerceAddressCommand(OTHER_TENANT, COMMERCE, FIRST, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Commerce not found");
  }

  private static AddCommerceAddressCommand add(UUID addressId, boolean primary) {
    return new AddCommerceAddressCommand(
        TENANT,
        COMMERCE,
        addressId,
        RecordSource.INTEGRATION,
        "erp-7",
        SANTIAGO,
        primary,
        null,
        T1);
  }

  private static UpdateCommerceAddressCommand update(
      UUID addressId, AddressDetails changes, Boolean primary) {
    return new UpdateCommerceAddressCommand(
        TENANT, COMMERCE, addressId, changes, primary, null, T1);
  }
}
