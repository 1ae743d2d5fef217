package com.reten.queryside.operator;

import com.reten.api.operator.ListOperatorsQuery;
import com.reten.queryside.common.TextSearch;
import org.springframework.data.jpa.domain.Specification;

/**
 * The WHERE clause of {@link ListOperatorsQuery}. Search is {@code lower(column) LIKE '%term%'},
 * the shape V8's trigram indexes on {@code lower(name)} and {@code lower(email)} serve.
 */
final class OperatorFilters {

  private OperatorFilters() {}

  static Specification<OperatorRow> of(ListOperatorsQuery query) {
    Specification<OperatorRow> spec =
        (row, q, cb) -> cb.equal(row.get("tenantId"), query.tenantId());
    if (query.type() != null) {
      spec = spec.and((row, q, cb) -> cb.equal(row.get("type"), query.type()));
    }
    if (query.active() != null) {
      spec = spec.and((row, q, cb) -> cb.equal(row.get("active"), query.active()));
    }
    if (query.search() != null && !query.search().isBlank()) {
      spec =
          spec.and(
              (row, q, cb) -> TextSearch.containsAny(row, cb, query.search(), "name", "email"));
    }
    return spec;
  }
}
