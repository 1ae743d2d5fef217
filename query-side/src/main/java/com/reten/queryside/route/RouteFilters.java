package com.reten.queryside.route;

import com.reten.api.route.ListRoutesQuery;
import com.reten.queryside.common.TextSearch;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * The WHERE clause of {@link ListRoutesQuery}. Search is {@code lower(column) LIKE '%term%'}, the
 * shape V8's trigram indexes on {@code lower(name)} and {@code lower(external_id)} serve; the
 * operator filter is a semi-join on the partial index of active links.
 */
final class RouteFilters {

  private RouteFilters() {}

  static Specification<RouteRow> of(ListRoutesQuery query) {
    Specification<RouteRow> spec = (row, q, cb) -> cb.equal(row.get("tenantId"), query.tenantId());
    if (query.active() != null) {
      spec = spec.and((row, q, cb) -> cb.equal(row.get("active"), query.active()));
    }
    if (query.search() != null && !query.search().isBlank()) {
      spec =
          spec.and(
              (row, q, cb) ->
                  TextSearch.containsAny(row, cb, query.search(), "name", "externalId"));
    }
    if (query.operatorId() != null) {
      spec = spec.and(activelyLinkedTo(query.operatorId()));
    }
    return spec;
  }

  private static Specification<RouteRow> activelyLinkedTo(UUID operatorId) {
    return (row, q, cb) -> {
      var linked = q.subquery(UUID.class);
      var link = linked.from(RouteOperatorRow.class);
      linked
          .select(link.get("routeId"))
          .where(cb.equal(link.get("operatorId"), operatorId), cb.isTrue(link.get("active")));
      return row.get("id").in(linked);
    };
  }
}
