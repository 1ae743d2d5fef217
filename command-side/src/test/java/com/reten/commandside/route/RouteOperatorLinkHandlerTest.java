package com.reten.commandside.route;

import static com.reten.commandside.route.RouteTest.OPERATOR;
import static com.reten.commandside.route.RouteTest.OTHER_TENANT;
import static com.reten.commandside.route.RouteTest.ROUTE;
import static com.reten.commandside.route.RouteTest.T0;
import static com.reten.commandside.route.RouteTest.T1;
import static com.reten.commandside.route.RouteTest.TENANT;
import static com.reten.commandside.route.RouteTest.created;
import static com.reten.commandside.route.RouteTest.linked;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.error.ErrorCode;
import com.reten.api.operator.OperatorCreatedEvent;
import com.reten.api.operator.OperatorDeactivatedEvent;
import com.reten.api.operator.OperatorType;
import com.reten.api.route.LinkOperatorToRouteCommand;
import com.reten.api.route.RouteDeactivatedEvent;
import com.reten.api.route.RouteOperatorLinkedEvent;
import com.reten.api.route.RouteOperatorUnlinkedEvent;
import com.reten.api.route.RouteRole;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import com.reten.commandside.operator.Operator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The link rules with the Operator aggregate as the handler sees it: sourced from its own events by
 * a real event-sourcing repository, next to the route fixture.
 */
class RouteOperatorLinkHandlerTest {

  private AggregateTestFixture<Route> fixture;
  private EmbeddedEventStore operatorEvents;

  @BeforeEach
  void setUp() {
    InMemoryUniqueClaims claims = new InMemoryUniqueClaims();
    operatorEvents =
        EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    var operators =
        EventSourcingRepository.builder(Operator.class)
            .eventStore(operatorEvents)
            .parameterResolverFactory(
                MultiParameterResolverFactory.ordered(
                    ClasspathParameterResolverFactory.forClass(Operator.class),
                    new SimpleResourceParameterResolverFactory(Set.of(claims))))
            .build();
    fixture = new AggregateTestFixture<>(Route.class);
    fixture.registerInjectableResource(claims);
    fixture.registerAnnotatedCommandHandler(
        new RouteOperatorLinkHandler(fixture.getRepository(), operators));
  }

  @Test
  void anActiveOperatorOfTheTenantIsLinkedWithItsRole() {
    operatorHistory(operatorCreated(TENANT));

    fixture
        .given(created("R-1"))
        .when(link(TENANT, RouteRole.LEAD))
        .expectEvents(new RouteOperatorLinkedEvent(TENANT, ROUTE, OPERATOR, RouteRole.LEAD, T1));
  }

  @Test
  void aDeactivatedOperatorCannotBeLinked() {
    operatorHistory(operatorCreated(TENANT), new OperatorDeactivatedEvent(TENANT, OPERATOR, T0));

    fixture
        .given(created("R-1"))
        .when(link(TENANT, RouteRole.MEMBER))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage("Operator is not active")
        .expectNoEvents();
  }

  @Test
  void anOperatorOfAnotherTenantIsNotFound() {
    operatorHistory(operatorCreated(OTHER_TENANT));

    fixture
        .given(created("R-1"))
        .when(link(TENANT, RouteRole.MEMBER))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Operator not found")
        .expectNoEvents();
  }

  @Test
  void anUnknownOperatorIsNotFound() {
    fixture
        .given(created("R-1"))
        .when(link(TENANT, RouteRole.MEMBER))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Operator not found");
  }

  @Test
  void theIdOfAnotherKindOfAggregateIsNotAnOperator() {
    operatorHistory(created("R-1"));

    fixture
        .given(created("R-1"))
        .when(link(TENANT, RouteRole.MEMBER))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Operator not found");
  }

  @Test
  void aRouteOfAnotherTenantIsNotFoundWhateverTheOperator() {
    operatorHistory(operatorCreated(OTHER_TENANT));

    fixture
        .given(created("R-1"))
        .when(link(OTHER_TENANT, RouteRole.MEMBER))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Route not found");
  }

  @Test
  void relinkingAnUnlinkedOperatorReactivatesTheLink() {
    operatorHistory(operatorCreated(TENANT));

    fixture
        .given(
            created("R-1"),
            linked(RouteRole.MEMBER),
            new RouteOperatorUnlinkedEvent(TENANT, ROUTE, OPERATOR, T0))
        .when(link(TENANT, RouteRole.MEMBER))
        .expectEvents(new RouteOperatorLinkedEvent(TENANT, ROUTE, OPERATOR, RouteRole.MEMBER, T1));
  }

  @Test
  void relinkingWithAnotherRoleChangesItAndWithTheSameRoleChangesNothing() {
    operatorHistory(operatorCreated(TENANT));

    fixture
        .given(created("R-1"), linked(RouteRole.MEMBER))
        .when(link(TENANT, RouteRole.LEAD))
        .expectEvents(new RouteOperatorLinkedEvent(TENANT, ROUTE, OPERATOR, RouteRole.LEAD, T1));
    fixture
        .given(created("R-1"), linked(RouteRole.MEMBER))
        .when(link(TENANT, RouteRole.MEMBER))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void anInactiveRouteTakesNoNewLinks() {
    operatorHistory(operatorCreated(TENANT));

    fixture
        .given(created("R-1"), new RouteDeactivatedEvent(TENANT, ROUTE, T0))
        .when(link(TENANT, RouteRole.MEMBER))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage("Route is not active");
  }

  private void operatorHistory(Object... events) {
    for (int i = 0; i < events.length; i++) {
      operatorEvents.publish(
          new GenericDomainEventMessage<>("Operator", OPERATOR.toString(), i, events[i]));
    }
  }

  private static OperatorCreatedEvent operatorCreated(UUID tenant) {
    return new OperatorCreatedEvent(
        tenant, OPERATOR, OperatorType.SALESMAN, "Ana", null, null, null, false, Map.of(), T0);
  }

  private static LinkOperatorToRouteCommand link(UUID tenant, RouteRole role) {
    return new LinkOperatorToRouteCommand(tenant, ROUTE, OPERATOR, role, null, T1);
  }
}
