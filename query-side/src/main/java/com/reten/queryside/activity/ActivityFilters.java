package com.reten.queryside.activity;

import com.reten.api.activity.ListActivitiesQuery;
import com.reten.queryside.common.TextSearch;
import org.springframework.data.jpa.domain.Specification;

/**
 * The WHERE clause of {@link ListActivitiesQuery}: equality filters served by V11's per-column
 * indexes; search is {@code lower(column) LIKE '%term%'} over the reason and the commerce's name
 * and external id, served by V11's trigram indexes.
 */
final class ActivityFilters {

  private ActivityFilters() {}

  static Specification<ActivityRow> of(ListActivitiesQuery query) {
    var f = query.filters();
    Specification<ActivityRow> spec = equal("tenantId", query.tenantId());
    spec = spec.and(equal("status", f.status())).and(equal("type", f.type()));
    spec = spec.and(equal("channel", f.channel())).and(equal("commerceId", f.commerceId()));
    spec = spec.and(equal("operatorId", f.operatorId())).and(equal("routeId", f.routeId()));
    if (f.scheduledFrom() != null) {
      spec =
          spec.and(
              (row, q, cb) -> cb.greaterThanOrEqualTo(row.get("scheduledAt"), f.scheduledFrom()));
    }
    if (f.scheduledTo() != null) {
      spec =
          spec.and((row, q, cb) -> cb.lessThanOrEqualTo(row.get("scheduledAt"), f.scheduledTo()));
    }
    if (f.search() != null && !f.search().isBlank()) {
      spec =
          spec.and(
              (row, q, cb) ->
                  TextSearch.containsAny(
                      row, cb, f.search(), "reason", "commerceName", "commerceExternalId"));
    }
    return spec;
  }

  /** Rows whose {@code attribute} is {@code value}; all rows when {@code value} is null. */
  private static Specification<ActivityRow> equal(String attribute, Object value) {
    return (row, q, cb) -> value == null ? cb.conjunction() : cb.equal(row.get(attribute), value);
  }
}
