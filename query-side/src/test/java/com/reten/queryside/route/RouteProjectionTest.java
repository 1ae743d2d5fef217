package com.reten.queryside.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.route.FindRouteQuery;
import com.reten.api.route.ListRoutesQuery;
import com.reten.api.route.RouteCreatedEvent;
import com.reten.api.route.RouteDeactivatedEvent;
import com.reten.api.route.RouteOperatorLinkedEvent;
import com.reten.api.route.RouteOperatorUnlinkedEvent;
import com.reten.api.route.RouteOperatorView;
import com.reten.api.route.RoutePage;
import com.reten.api.route.RouteReactivatedEvent;
import com.reten.api.route.RouteRole;
import com.reten.api.route.RouteUpdatedEvent;
import com.reten.api.route.RouteView;
import com.reten.queryside.testsupport.ReadModelTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(RouteProjection.class)
class RouteProjectionTest extends ReadModelTest {

  @Autowired RouteProjection projection;
  @Autowired EntityManager entities;

  private final UUID tenant = UUID.randomUUID();

  @Test
  void aCreatedRouteIsFoundInItsTenantOnlyWithNoOperatorsOrCommerces() {
    UUID id = create(tenant, "North", "R-1", 0);

    assertThat(projection.handle(new FindRouteQuery(tenant, id)))
        .contains(
            new RouteView(
                id,
                tenant,
                "North",
                "R-1",
                "Mondays",
                true,
                Map.of("zone", "n"),
                List.of(),
                List.of(),
                T0,
                T0,
                0));
    assertThat(projection.handle(new FindRouteQuery(UUID.randomUUID(), id))).isEmpty();
  }

  @Test
  void detailsAndStateChangesShowWithTheirTimeAndVersion() {
    UUID id = create(tenant, "North", "R-1", 0);
    projection.on(
        new RouteUpdatedEvent(tenant, id, "South", null, Map.of("day", "mon"), T0.plusSeconds(5)),
        1);
    projection.on(new RouteDeactivatedEvent(tenant, id, T0.plusSeconds(6)), 2);

    RouteView view = find(id);
    assertThat(view.name()).isEqualTo("South");
    assertThat(view.description()).isNull();
    assertThat(view.metadata()).isEqualTo(Map.of("day", "mon"));
    assertThat(view.active()).isFalse();
    assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(6));
    assertThat(view.version()).isEqualTo(2);

    projection.on(new RouteReactivatedEvent(tenant, id, T0.plusSeconds(7)), 3);
    assertThat(find(id).active()).isTrue();
  }

  @Test
  void linksAreListedFirstLinkedFirstWithTheirRoleAndState() {
    UUID id = create(tenant, "North", "R-1", 0);
    UUID lead = UUID.randomUUID();
    UUID member = UUID.randomUUID();
    projection.on(link(id, member, RouteRole.MEMBER, 1), 1);
    projection.on(link(id, lead, RouteRole.MEMBER, 2), 2);
    projection.on(new RouteOperatorUnlinkedEvent(tenant, id, member, T0.plusSeconds(3)), 3);
    projection.on(link(id, lead, RouteRole.LEAD, 4), 4);

    RouteView view = find(id);
    assertThat(view.operators())
        .containsExactly(
            new RouteOperatorView(member, RouteRole.MEMBER, false),
            new RouteOperatorView(lead, RouteRole.LEAD, true));
    assertThat(view.version()).isEqualTo(4);
    assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(4));

    projection.on(link(id, member, RouteRole.MEMBER, 5), 5);
    assertThat(find(id).operators()).allMatch(RouteOperatorView::active);
  }

  @Test
  void theListIsNewestFirstPaginatedAndFilteredBySearchStateAndActiveOperator() {
    UUID north = create(tenant, "North Loop", "R-100", 0);
    UUID south = create(tenant, "South", "r-200", 1);
    UUID east = create(tenant, "East", null, 2);
    create(UUID.randomUUID(), "North elsewhere", "R-100", 3);
    projection.on(new RouteDeactivatedEvent(tenant, east, T0.plusSeconds(9)), 1);
    UUID operator = UUID.randomUUID();
    projection.on(link(north, operator, RouteRole.LEAD, 5), 1);
    projection.on(link(south, operator, RouteRole.MEMBER, 6), 1);
    projection.on(new RouteOperatorUnlinkedEvent(tenant, south, operator, T0.plusSeconds(7)), 2);

    assertThat(ids(list(null, null, null, 1, 20))).containsExactly(east, south, north);
    RoutePage second = list(null, null, null, 2, 2);
    assertThat(ids(second)).containsExactly(north);
    assertThat(second.total()).isEqualTo(3);
    assertThat(list(null, null, null, 5, 2).items()).isEmpty();
    assertThat(ids(list("NORTH", null, null, 1, 20))).containsExactly(north);
    assertThat(ids(list("R-2", null, null, 1, 20))).containsExactly(south);
    assertThat(ids(list(null, false, null, 1, 20))).containsExactly(east);
    assertThat(ids(list(null, true, null, 1, 20))).containsExactly(south, north);
    assertThat(ids(list(null, null, operator, 1, 20))).containsExactly(north);
    assertThat(ids(list(null, null, UUID.randomUUID(), 1, 20))).isEmpty();
    assertThat(list(null, null, null, 1, 20).items().get(2).operators()).hasSize(1);
  }

  /** The search predicate as RouteFilters writes it matches V8's expression indexes. */
  @Test
  void searchIsServedByTheTrigramIndexes() {
    entities.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();

    @SuppressWarnings("unchecked")
    List<String> plan =
        entities
            .createNativeQuery(
                "EXPLAIN SELECT id FROM rm_route"
                    + " WHERE lower(name) LIKE '%ana%' OR lower(external_id) LIKE '%ana%'")
            .getResultList();

    assertThat(String.join("\n", plan))
        .contains("rm_route_name_search")
        .contains("rm_route_external_id_search");
  }

  private UUID create(UUID tenantId, String name, String externalId, long second) {
    UUID id = UUID.randomUUID();
    projection.on(
        new RouteCreatedEvent(
            tenantId,
            id,
            name,
            externalId,
            "Mondays",
            Map.of("zone", "n"),
            T0.plusSeconds(second)));
    return id;
  }

  private RouteOperatorLinkedEvent link(UUID route, UUID operator, RouteRole role, long second) {
    return new RouteOperatorLinkedEvent(tenant, route, operator, role, T0.plusSeconds(second));
  }

  private RouteView find(UUID id) {
    return projection.handle(new FindRouteQuery(tenant, id)).orElseThrow();
  }

  private RoutePage list(String search, Boolean active, UUID operator, int page, int limit) {
    return projection.handle(new ListRoutesQuery(tenant, search, active, operator, page, limit));
  }

  private static List<UUID> ids(RoutePage page) {
    return page.items().stream().map(RouteView::id).toList();
  }
}
