package com.reten.queryside.commerce;

import com.reten.api.commerce.ListCommercesQuery;
import com.reten.queryside.common.TextSearch;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list's filters as one query. {@code search} is {@code lower(column) LIKE '%x%'} so that the
 * trigram indexes on {@code lower(name)} and {@code lower(external_id)} serve it (V7 migration).
 */
final class CommerceFilters {

  private CommerceFilters() {}

  static Specification<CommerceRow> of(ListCommercesQuery query) {
    return (root, criteria, builder) -> {
      List<Predicate> all = new ArrayList<>();
      all.add(builder.equal(root.get("tenantId"), query.tenantId()));
      if (query.search() != null && !query.search().isBlank()) {
        all.add(TextSearch.containsAny(root, builder, query.search(), "name", "externalId"));
      }
      if (query.externalId() != null) {
        all.add(builder.equal(root.get("externalId"), query.externalId()));
      }
      if (query.globalExternalId() != null) {
        all.add(builder.equal(root.get("globalExternalId"), query.globalExternalId()));
      }
      if (query.active() != null) {
        all.add(builder.equal(root.get("active"), query.active()));
      }
      if (query.placeholder() != null) {
        all.add(builder.equal(root.get("placeholder"), query.placeholder()));
      }
      return builder.and(all.toArray(Predicate[]::new));
    };
  }
}
