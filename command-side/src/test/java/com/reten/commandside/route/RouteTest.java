package com.reten.commandside.route;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.error.ErrorCode;
import com.reten.api.route.CreateRouteCommand;
import com.reten.api.route.DeactivateRouteCommand;
import com.reten.api.route.RouteCreatedEvent;
import com.reten.api.route.RouteDeactivatedEvent;
import com.reten.api.route.RouteOperatorLinkedEvent;
import com.reten.api.route.RouteOperatorUnlinkedEvent;
import com.reten.api.route.RouteReactivatedEvent;
import com.reten.api.route.RouteRole;
import com.reten.api.route.RouteUpdatedEvent;
import com.reten.api.route.UnlinkOperatorFromRouteCommand;
import com.reten.api.route.UpdateRouteCommand;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouteTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final UUID ROUTE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  static final UUID OPERATOR = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);

  private AggregateTestFixture<Route> fixture;
  private InMemoryUniqueClaims claims;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Route.class);
    claims = new InMemoryUniqueClaims();
    fixture.registerInjectableResource(claims);
  }

  @Test
  void creationClaimsTheExternalIdInTheTenant() {
    fixture
        .givenNoPriorActivity()
        .when(
            new CreateRouteCommand(
                TENANT, ROUTE, " North ", " R-1 ", "Mondays", Map.of("zone", "n"), T0))
        .expectEvents(created("R-1"));
    assertThat(claims.owner(ClaimScope.ROUTE_EXTERNAL_ID, TENANT + ":R-1")).contains(ROUTE);
  }

  @Test
  void anExternalIdHeldByAnotherRouteOfTheTenantIsAConflict() {
    claims.claim(ClaimScope.ROUTE_EXTERNAL_ID, TENANT + ":R-1", UUID.randomUUID());

    fixture
        .givenNoPriorActivity()
        .when(new CreateRouteCommand(TENANT, ROUTE, "North", "R-1", null, null, T0))
        .expectException(hasCode(ErrorCode.EXTERNAL_ID_TAKEN))
        .expectExceptionMessage("A route with external id 'R-1' already exists");
  }

  @Test
  void theSameExternalIdInAnotherTenantIsFreeAndNoExternalIdClaimsNothing() {
    claims.claim(ClaimScope.ROUTE_EXTERNAL_ID, OTHER_TENANT + ":R-1", UUID.randomUUID());

    fixture
        .givenNoPriorActivity()
        .when(
            new CreateRouteCommand(
                TENANT, ROUTE, "North", "R-1", "Mondays", Map.of("zone", "n"), T0))
        .expectEvents(created("R-1"));
    fixture
        .givenNoPriorActivity()
        .when(new CreateRouteCommand(TENANT, ROUTE, "North", null, null, null, T0))
        .expectEvents(new RouteCreatedEvent(TENANT, ROUTE, "North", null, null, Map.of(), T0));
  }

  @Test
  void aBlankNameIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(new CreateRouteCommand(TENANT, ROUTE, " ", null, null, null, T0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void anUpdateRecordsTheDetailsAsTheyNowAreWithMetadataMerged() {
    Map<String, Object> changes = new HashMap<>();
    changes.put("zone", null);
    changes.put("day", "mon");

    fixture
        .given(created("R-1"))
        .when(new UpdateRouteCommand(TENANT, ROUTE, "South", null, null, changes, null, T1))
        .expectEvents(
            new RouteUpdatedEvent(TENANT, ROUTE, "South", "Mondays", Map.of("day", "mon"), T1));
  }

  @Test
  void anUpdateThatChangesNothingRecordsNothing() {
    fixture
        .given(created("R-1"))
        .when(new UpdateRouteCommand(TENANT, ROUTE, "North", null, true, null, null, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void isActiveDeactivatesAndReactivates() {
    fixture
        .given(created("R-1"))
        .when(new UpdateRouteCommand(TENANT, ROUTE, null, null, false, null, null, T1))
        .expectEvents(new RouteDeactivatedEvent(TENANT, ROUTE, T1));
    fixture
        .given(created("R-1"), new RouteDeactivatedEvent(TENANT, ROUTE, T0))
        .when(new UpdateRouteCommand(TENANT, ROUTE, null, null, true, null, null, T1))
        .expectEvents(new RouteReactivatedEvent(TENANT, ROUTE, T1));
  }

  @Test
  void deactivatingTwiceRecordsOnce() {
    fixture
        .given(created("R-1"), new RouteDeactivatedEvent(TENANT, ROUTE, T0))
        .when(new DeactivateRouteCommand(TENANT, ROUTE, null, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void anotherTenantsRouteIsNotFound() {
    fixture
        .given(created("R-1"))
        .when(new DeactivateRouteCommand(OTHER_TENANT, ROUTE, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Route not found");
    fixture
        .given(created("R-1"), linked(RouteRole.MEMBER))
        .when(new UnlinkOperatorFromRouteCommand(OTHER_TENANT, ROUTE, OPERATOR, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  @Test
  void unlinkingDeactivatesTheLink() {
    fixture
        .given(created("R-1"), linked(RouteRole.LEAD))
        .when(new UnlinkOperatorFromRouteCommand(TENANT, ROUTE, OPERATOR, null, T1))
        .expectEvents(new RouteOperatorUnlinkedEvent(TENANT, ROUTE, OPERATOR, T1));
  }

  @Test
  void unlinkingAnUnlinkedOperatorChangesNothing() {
    fixture
        .given(
            created("R-1"),
            linked(RouteRole.LEAD),
            new RouteOperatorUnlinkedEvent(TENANT, ROUTE, OPERATOR, T0))
        .when(new UnlinkOperatorFromRouteCommand(TENANT, ROUTE, OPERATOR, null, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void unlinkingAnOperatorNeverLinkedIsNotFound() {
    fixture
        .given(created("R-1"))
        .when(new UnlinkOperatorFromRouteCommand(TENANT, ROUTE, OPERATOR, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Operator is not linked to this route");
  }

  static RouteCreatedEvent created(String externalId) {
    return new RouteCreatedEvent(
        TENANT, ROUTE, "North", externalId, "Mondays", Map.of("zone", "n"), T0);
  }

  static RouteOperatorLinkedEvent linked(RouteRole role) {
    return new RouteOperatorLinkedEvent(TENANT, ROUTE, OPERATOR, role, T0);
  }
}
