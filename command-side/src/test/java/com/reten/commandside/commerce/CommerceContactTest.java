package com.reten.commandside.commerce;

import static com.reten.commandside.commerce.CommerceFixtures.COMMERCE;
import static com.reten.commandside.commerce.CommerceFixtures.OTHER_TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.T0;
import static com.reten.commandside.commerce.CommerceFixtures.T1;
import static com.reten.commandside.commerce.CommerceFixtures.TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.USER;
import static com.reten.commandside.commerce.CommerceFixtures.contactAdded;
import static com.reten.commandside.commerce.CommerceFixtures.registered;
import static com.reten.commandside.commerce.CommerceFixtures.userAdded;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.commerce.AddCommerceContactCommand;
import com.reten.api.commerce.CommerceContactAddedEvent;
import com.reten.api.commerce.CommerceContactDeactivatedEvent;
import com.reten.api.commerce.CommerceContactReactivatedEvent;
import com.reten.api.commerce.CommerceContactUpdatedEvent;
import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.DeactivateCommerceContactCommand;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.UpdateCommerceContactCommand;
import com.reten.api.error.ErrorCode;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommerceContactTest {

  private static final UUID MAIL = UUID.fromString("00000000-0000-0000-0000-000000000101");
  private static final UUID PHONE = UUID.fromString("00000000-0000-0000-0000-000000000102");
  private static final UUID OTHER_MAIL = UUID.fromString("00000000-0000-0000-0000-000000000103");

  private AggregateTestFixture<Commerce> fixture;

  @BeforeEach
  void setUp() {
    fixture = CommerceFixtures.fixture(new InMemoryUniqueClaims());
  }

  @Test
  void anEmailIsStoredNormalised() {
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(add(MAIL, ContactType.EMAIL, " Rosa@Almacen.CL ", false))
        .expectEvents(
            new CommerceContactAddedEvent(
                TENANT,
                COMMERCE,
                USER,
                MAIL,
                ContactType.EMAIL,
                "rosa@almacen.cl",
                RecordSource.RETEN,
                false,
                null,
                T1));
  }

  @Test
  void valuesMustSuitTheirType() {
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(add(PHONE, ContactType.PHONE, "912345678", false))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("value: must be E.164 like +56912345678");
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(add(MAIL, ContactType.EMAIL, "rosa-at-almacen", false))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("value: must be a valid email address");
    fixture
        .given(registered(), userAdded(USER, "u-1"), phone())
        .when(update(PHONE, "+0123", null, null))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aNewPrimaryReplacesThePrimaryOfItsTypeOnly() {
    fixture
        .given(registered(), userAdded(USER, "u-1"), mail(true), phone())
        .when(add(OTHER_MAIL, ContactType.EMAIL, "otra@almacen.cl", true))
        .expectEvents(
            new CommerceContactAddedEvent(
                TENANT,
                COMMERCE,
                USER,
                OTHER_MAIL,
                ContactType.EMAIL,
                "otra@almacen.cl",
                RecordSource.RETEN,
                true,
                MAIL,
                T1));
  }

  @Test
  void makingAContactPrimaryReplacesTheCurrentOne() {
    fixture
        .given(
            registered(),
            userAdded(USER, "u-1"),
            mail(true),
            contactAdded(OTHER_MAIL, ContactType.EMAIL, "otra@almacen.cl", true, MAIL))
        .when(update(MAIL, null, true, null))
        .expectEvents(
            new CommerceContactUpdatedEvent(
                TENANT, COMMERCE, USER, MAIL, "rosa@almacen.cl", true, OTHER_MAIL, T1));
  }

  @Test
  void deactivationClearsPrimaryAndReactivationRestoresTheContact() {
    fixture
        .given(registered(), userAdded(USER, "u-1"), mail(true))
        .when(update(MAIL, null, null, false))
        .expectEvents(new CommerceContactDeactivatedEvent(TENANT, COMMERCE, USER, MAIL, T1));
    fixture
        .given(
            registered(),
            userAdded(USER, "u-1"),
            mail(true),
            new CommerceContactDeactivatedEvent(TENANT, COMMERCE, USER, MAIL, T0))
        .when(update(MAIL, null, true, null))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION));
    fixture
        .given(
            registered(),
            userAdded(USER, "u-1"),
            mail(true),
            new CommerceContactDeactivatedEvent(TENANT, COMMERCE, USER, MAIL, T0))
        .when(update(MAIL, null, true, true))
        .expectEvents(
            new CommerceContactReactivatedEvent(TENANT, COMMERCE, USER, MAIL, T1),
            new CommerceContactUpdatedEvent(
                TENANT, COMMERCE, USER, MAIL, "rosa@almacen.cl", true, null, T1));
  }

  @Test
  void deletingTwiceRecordsItOnce() {
    fixture
        .given(
            registered(),
            userAdded(USER, "u-1"),
            mail(false),
            new CommerceContactDeactivatedEvent(TENANT, COMMERCE, USER, MAIL, T0))
        .when(new DeactivateCommerceContactCommand(TENANT, COMMERCE, USER, MAIL, null, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void anUnknownOrForeignContactIsNotFound() {
    fixture
        .given(registered(), userAdded(USER, "u-1"), mail(false))
        .when(new DeactivateCommerceContactCommand(TENANT, COMMERCE, USER, PHONE, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Commerce contact not found");
    fixture
        .given(registered(), userAdded(USER, "u-1"), mail(false))
        .when(new DeactivateCommerceContactCommand(OTHER_TENANT, COMMERCE, USER, MAIL, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  private static CommerceContactAddedEvent mail(boolean primary) {
    return contactAdded(MAIL, ContactType.EMAIL, "rosa@almacen.cl", primary, null);
  }

  private static CommerceContactAddedEvent phone() {
    return contactAdded(PHONE, ContactType.PHONE, "+56912345678", true, null);
  }

  private static AddCommerceContactCommand add(
      UUID contactId, ContactType type, String value, boolean primary) {
    return new AddCommerceContactCommand(
        TENANT, COMMERCE, USER, contactId, type, value, RecordSource.RETEN, primary, null, T1);
  }

  private static UpdateCommerceContactCommand update(
      UUID contactId, String value, Boolean primary, Boolean active) {
    return new UpdateCommerceContactCommand(
        TENANT, COMMERCE, USER, contactId, value, primary, active, null, T1);
  }
}
