package com.reten.queryside.route;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.reten.api.route.FindRouteQuery;
import com.reten.api.route.ListRoutesQuery;
import com.reten.api.route.RouteCommercesSetEvent;
import com.reten.api.route.RouteCreatedEvent;
import com.reten.api.route.RouteDeactivatedEvent;
import com.reten.api.route.RouteOperatorLinkedEvent;
import com.reten.api.route.RouteOperatorUnlinkedEvent;
import com.reten.api.route.RouteOperatorView;
import com.reten.api.route.RoutePage;
import com.reten.api.route.RouteReactivatedEvent;
import com.reten.api.route.RouteUpdatedEvent;
import com.reten.api.route.RouteView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** A tenant's routes with their operator links, for the list (filtered, paginated) and by id. */
@Component
@ProcessingGroup("routes")
class RouteProjection {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

  private final RouteRows routes;
  private final RouteOperatorRows links;

  RouteProjection(RouteRows routes, RouteOperatorRows links) {
    this.routes = routes;
    this.links = links;
  }

  @EventHandler
  void on(RouteCreatedEvent event) {
    var row =
        new RouteRow(event.routeId(), event.tenantId(), event.externalId(), event.createdAt());
    row.details(event.name(), event.description(), event.metadata());
    row.changed(event.createdAt(), 0);
    routes.save(row);
  }

  @EventHandler
  void on(RouteCommercesSetEvent event, @SequenceNumber long version) {
    update(event.routeId(), event.setAt(), version, row -> row.visit(event.commerceIds()));
  }

  @EventHandler
  void on(RouteUpdatedEvent event, @SequenceNumber long version) {
    update(
        event.routeId(),
        event.updatedAt(),
        version,
        row -> row.details(event.name(), event.description(), event.metadata()));
  }

  @EventHandler
  void on(RouteDeactivatedEvent event, @SequenceNumber long version) {
    update(event.routeId(), event.deactivatedAt(), version, row -> row.active(false));
  }

  @EventHandler
  void on(RouteReactivatedEvent event, @SequenceNumber long version) {
    update(event.routeId(), event.reactivatedAt(), version, row -> row.active(true));
  }

  @EventHandler
  void on(RouteOperatorLinkedEvent event, @SequenceNumber long version) {
    var key = new RouteOperatorRow.Key(event.routeId(), event.operatorId());
    var link =
        links
            .findById(key)
            .orElseGet(
                () -> new RouteOperatorRow(event.routeId(), event.operatorId(), event.linkedAt()));
    link.link(event.role(), event.linkedAt());
    links.save(link);
    update(event.routeId(), event.linkedAt(), version, row -> {});
  }

  @EventHandler
  void on(RouteOperatorUnlinkedEvent event, @SequenceNumber long version) {
    links
        .findById(new RouteOperatorRow.Key(event.routeId(), event.operatorId()))
        .ifPresent(link -> link.unlink(event.unlinkedAt()));
    update(event.routeId(), event.unlinkedAt(), version, row -> {});
  }

  @ResetHandler
  void reset() {
    links.deleteAllInBatch();
    routes.deleteAllInBatch();
  }

  @QueryHandler
  Optional<RouteView> handle(FindRouteQuery query) {
    return routes
        .findByIdAndTenantId(query.routeId(), query.tenantId())
        .map(row -> withLinks(List.of(row)).get(0));
  }

  @QueryHandler
  RoutePage handle(ListRoutesQuery query) {
    var filters = RouteFilters.of(query);
    if ((long) (query.page() - 1) * query.limit() > Integer.MAX_VALUE) {
      return new RoutePage(
          List.of(), routes.count(filters)); // past any real end; JPA offsets are ints
    }
    var page =
        routes.findAll(filters, PageRequest.of(query.page() - 1, query.limit(), NEWEST_FIRST));
    return new RoutePage(withLinks(page.getContent()), page.getTotalElements());
  }

  /** Views of {@code rows}, in order, with their links read in one query. */
  private List<RouteView> withLinks(List<RouteRow> rows) {
    Map<UUID, List<RouteOperatorView>> byRoute =
        links
            .findByRouteIdInOrderByLinkedAtAscOperatorIdAsc(
                rows.stream().map(RouteRow::id).toList())
            .stream()
            .collect(
                groupingBy(RouteOperatorRow::routeId, mapping(RouteOperatorRow::toView, toList())));
    return rows.stream().map(row -> row.toView(byRoute.getOrDefault(row.id(), List.of()))).toList();
  }

  private void update(UUID id, Instant at, long version, Consumer<RouteRow> change) {
    routes
        .findById(id)
        .ifPresent(
            row -> {
              change.accept(row);
              row.changed(at, version);
            });
  }
}
