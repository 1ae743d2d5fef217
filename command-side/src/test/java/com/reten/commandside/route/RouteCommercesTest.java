package com.reten.commandside.route;

import static com.reten.commandside.route.RouteTest.OTHER_TENANT;
import static com.reten.commandside.route.RouteTest.ROUTE;
import static com.reten.commandside.route.RouteTest.T0;
import static com.reten.commandside.route.RouteTest.T1;
import static com.reten.commandside.route.RouteTest.TENANT;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.error.ErrorCode;
import com.reten.api.route.RouteCommercesSetEvent;
import com.reten.api.route.RouteDeactivatedEvent;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a route's visit list, past the commerce checks its handler makes. */
class RouteCommercesTest {

  private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-0000000000f2");

  private AggregateTestFixture<Route> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Route.class);
  }

  @Test
  void theVisitListIsReplacedInOrder() {
    fixture
        .given(
            RouteTest.created("R-1"), RouteCommercesSetEvent.of(TENANT, ROUTE, List.of(FIRST), T0))
        .whenInvoking(ROUTE.toString(), route -> route.visit(TENANT, List.of(SECOND, FIRST), T1))
        .expectEvents(RouteCommercesSetEvent.of(TENANT, ROUTE, List.of(SECOND, FIRST), T1));
  }

  @Test
  void theSameListChangesNothing() {
    fixture
        .given(
            RouteTest.created("R-1"), RouteCommercesSetEvent.of(TENANT, ROUTE, List.of(FIRST), T0))
        .whenInvoking(ROUTE.toString(), route -> route.visit(TENANT, List.of(FIRST), T1))
        .expectNoEvents();
  }

  @Test
  void aCommerceListedTwiceIsRefused() {
    fixture
        .given(RouteTest.created("R-1"))
        .whenInvoking(ROUTE.toString(), route -> route.visit(TENANT, List.of(FIRST, FIRST), T1))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void aDeactivatedRouteIsRefused() {
    fixture
        .given(RouteTest.created("R-1"), new RouteDeactivatedEvent(TENANT, ROUTE, T0))
        .whenInvoking(ROUTE.toString(), route -> route.visit(TENANT, List.of(FIRST), T1))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION));
  }

  @Test
  void anotherTenantsRouteIsNotFound() {
    fixture
        .given(RouteTest.created("R-1"))
        .whenInvoking(ROUTE.toString(), route -> route.visit(OTHER_TENANT, List.of(FIRST), T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }
}
