package com.reten.commandside.commerce;

import static com.reten.commandside.commerce.CommerceFixtures.COMMERCE;
import static com.reten.commandside.commerce.CommerceFixtures.OTHER_TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.OTHER_USER;
import static com.reten.commandside.commerce.CommerceFixtures.T0;
import static com.reten.commandside.commerce.CommerceFixtures.T1;
import static com.reten.commandside.commerce.CommerceFixtures.TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.USER;
import static com.reten.commandside.commerce.CommerceFixtures.registered;
import static com.reten.commandside.commerce.CommerceFixtures.userAdded;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.commerce.AddCommerceUserCommand;
import com.reten.api.commerce.AddCommerceUserRoleCommand;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.CommerceUserDeactivatedEvent;
import com.reten.api.commerce.CommerceUserReactivatedEvent;
import com.reten.api.commerce.CommerceUserRoleAddedEvent;
import com.reten.api.commerce.CommerceUserRoleRemovedEvent;
import com.reten.api.commerce.CommerceUserUpdatedEvent;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.RemoveCommerceUserRoleCommand;
import com.reten.api.commerce.UpdateCommerceUserCommand;
import com.reten.api.error.ErrorCode;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommerceUserTest {

  private AggregateTestFixture<Commerce> fixture;

  @BeforeEach
  void setUp() {
    fixture = CommerceFixtures.fixture(new InMemoryUniqueClaims());
  }

  @Test
  void aUserIsAddedWithTheirRoles() {
    fixture
        .given(registered())
        .when(
            new AddCommerceUserCommand(
                TENANT,
                COMMERCE,
                USER,
                " Rosa Pérez ",
                "u-1",
                RecordSource.RETEN,
                Set.of(CommerceRole.OWNER),
                null,
                T1))
        .expectEvents(
            new CommerceUserAddedEvent(
                TENANT,
                COMMERCE,
                USER,
                "Rosa Pérez",
                "u-1",
                RecordSource.RETEN,
                Set.of(CommerceRole.OWNER),
                T1));
  }

  @Test
  void anExternalIdNamesOneUserOfTheCommerce() {
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(
            new AddCommerceUserCommand(
                TENANT,
                COMMERCE,
                OTHER_USER,
                "Juan",
                "u-1",
                RecordSource.RETEN,
                Set.of(),
                null,
                T1))
        .expectException(hasCode(ErrorCode.COMMERCE_USER_EXTERNAL_ID_TAKEN))
        .expectExceptionMessage(
            "External id 'u-1' is already used by another user of this commerce");
    fixture
        .given(registered(), userAdded(USER, "u-1"), userAdded(OTHER_USER, "u-2"))
        .when(update(OTHER_USER, null, "u-1", null))
        .expectException(hasCode(ErrorCode.COMMERCE_USER_EXTERNAL_ID_TAKEN));
  }

  @Test
  void anUpdateRecordsTheNewNameAndExternalId() {
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(update(USER, "Rosa P. Soto", "u-9", null))
        .expectEvents(
            new CommerceUserUpdatedEvent(TENANT, COMMERCE, USER, "Rosa P. Soto", "u-9", T1));
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(update(USER, "Rosa Pérez", "u-1", null))
        .expectNoEvents();
  }

  @Test
  void isActiveDeactivatesAndReactivates() {
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(update(USER, null, null, false))
        .expectEvents(new CommerceUserDeactivatedEvent(TENANT, COMMERCE, USER, T1));
    fixture
        .given(
            registered(),
            userAdded(USER, "u-1"),
            new CommerceUserDeactivatedEvent(TENANT, COMMERCE, USER, T0))
        .when(update(USER, null, null, true))
        .expectEvents(new CommerceUserReactivatedEvent(TENANT, COMMERCE, USER, T1));
  }

  @Test
  void rolesAreAddedAndRemovedOnce() {
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(
            new AddCommerceUserRoleCommand(TENANT, COMMERCE, USER, CommerceRole.FINANCE, null, T1))
        .expectEvents(
            new CommerceUserRoleAddedEvent(TENANT, COMMERCE, USER, CommerceRole.FINANCE, T1));
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(new AddCommerceUserRoleCommand(TENANT, COMMERCE, USER, CommerceRole.OWNER, null, T1))
        .expectNoEvents();
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(
            new RemoveCommerceUserRoleCommand(TENANT, COMMERCE, USER, CommerceRole.OWNER, null, T1))
        .expectEvents(
            new CommerceUserRoleRemovedEvent(TENANT, COMMERCE, USER, CommerceRole.OWNER, T1));
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(
            new RemoveCommerceUserRoleCommand(TENANT, COMMERCE, USER, CommerceRole.ADMIN, null, T1))
        .expectNoEvents();
  }

  @Test
  void anUnknownUserIsNotFound() {
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(
            new AddCommerceUserRoleCommand(
                TENANT, COMMERCE, OTHER_USER, CommerceRole.OWNER, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Commerce user not found");
  }

  @Test
  void anotherTenantsUserIsNotFound() {
    fixture
        .given(registered(), userAdded(USER, "u-1"))
        .when(
            new UpdateCommerceUserCommand(OTHER_TENANT, COMMERCE, USER, "X", null, null, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  private static UpdateCommerceUserCommand update(
      java.util.UUID userId, String name, String externalId, Boolean active) {
    return new UpdateCommerceUserCommand(
        TENANT, COMMERCE, userId, name, externalId, active, null, T1);
  }
}
