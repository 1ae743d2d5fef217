package com.reten.queryside.common;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code search} filter of list endpoints: a case-insensitive "contains" over some columns,
 * written as {@code lower(column) LIKE '%term%'} so the trigram indexes on {@code lower(...)} serve
 * it.
 */
public final class TextSearch {

  private static final char ESCAPE = '\\';

  private TextSearch() {}

  /** Rows where any of {@code attributes} contains {@code term}, ignoring case. */
  public static <T> Predicate containsAny(
      Root<T> row, CriteriaBuilder builder, String term, String... attributes) {
    String pattern = containsPattern(term);
    return builder.or(
        Arrays.stream(attributes)
            .map(attribute -> builder.like(builder.lower(row.get(attribute)), pattern, ESCAPE))
            .toArray(Predicate[]::new));
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
