package com.reten.queryside.operator;

import com.reten.api.operator.ListOperatorsQuery;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * The WHERE clause of {@link ListOperatorsQuery}. Search is {@code lower(column) LIKE '%term%'},
 * the shape V8's trigram indexes on {@code lower(name)} and {@code lower(email)} serve.
 */
final class OperatorFilters {

  private static final char ESCAPE = '\\';

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
      String pattern = containsPattern(query.search());
      spec =
          spec.and(
              (row, q, cb) ->
                  cb.or(
                      cb.like(cb.lower(row.get("name")), pattern, ESCAPE),
                      cb.like(cb.lower(row.get("email")), pattern, ESCAPE)));
    }
    return spec;
  }

  /** {@code %term%} in lower case, with LIKE's wildcards in the term matched literally. */
  static String containsPattern(String term) {
    String escaped =
        term.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
