package com.reten.queryside.activity;

import com.reten.api.result.ListActivityResultsQuery;
import org.springframework.data.jpa.domain.Specification;

/** The WHERE clause of {@link ListActivityResultsQuery}, served by V17's per-column indexes. */
final class ActivityResultFilters {

  private ActivityResultFilters() {}

  static Specification<ActivityResultRow> of(ListActivityResultsQuery query) {
    var f = query.filters();
    Specification<ActivityResultRow> spec = equal("tenantId", query.tenantId());
    spec = spec.and(equal("activityId", f.activityId())).and(equal("status", f.status()));
    spec = spec.and(equal("commerceExternalId", f.commerceExternalId()));
    if (f.occurredFrom() != null) {
      spec =
          spec.and(
              (row, q, cb) -> cb.greaterThanOrEqualTo(row.get("occurredAt"), f.occurredFrom()));
    }
    if (f.occurredTo() != null) {
      spec = spec.and((row, q, cb) -> cb.lessThanOrEqualTo(row.get("occurredAt"), f.occurredTo()));
    }
    return spec;
  }

  private static Specification<ActivityResultRow> equal(String attribute, Object value) {
    return (row, q, cb) -> value == null ? cb.conjunction() : cb.equal(row.get(attribute), value);
  }
}
