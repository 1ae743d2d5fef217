package com.reten.queryside.commerce;

import com.reten.api.commerce.ListCommercesQuery;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list's filters as one query. {@code search} is {@code lower(column) LIKE '%x%'} so that the
 * trigram indexes on {@code lower(name)} and {@code lower(external_id)} serve it (V7 migration).
 */
final class CommerceFilters {

  private static final char ESCAPE = '\\';

  private CommerceFilters() {}

  static Specification<CommerceRow> of(ListCommercesQuery query) {
    return (root, criteria, builder) -> {
      List<Predicate> all = new ArrayList<>();
      all.add(builder.equal(root.get("tenantId"), query.tenantId()));
      if (query.search() != null && !query.search().isBlank()) {
        String pattern = "%" + escape(query.search().strip().toLowerCase(Locale.ROOT)) + "%";
        all.add(
            builder.or(
                builder.like(builder.lower(root.get("name")), pattern, ESCAPE),
                builder.like(builder.lower(root.get("externalId")), pattern, ESCAPE)));
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

  /** A search for "50%" means the characters, not a wildcard. */
  private static String escape(String search) {
    return search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
