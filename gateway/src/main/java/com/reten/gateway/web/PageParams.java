package com.reten.gateway.web;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.function.Function;

/**
 * A list endpoint's page request (API.md 1.4): {@code page} is 1-based, {@code limit} defaults to
 * 20 and is at most 100, {@code per_page} is an alias of {@code limit}. Declare it as a controller
 * method argument and it is resolved from the query string.
 */
public record PageParams(int page, int limit) {

  public static final int DEFAULT_PAGE = 1;
  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  public PageParams {
    requireInRange("page", page, Integer.MAX_VALUE);
    requireInRange("limit", limit, MAX_LIMIT);
  }

  /**
   * Reads {@code page} and {@code limit} (or {@code per_page}) through {@code parameter}, which
   * returns a query parameter's raw value or null. Blank counts as absent.
   *
   * @throws RetenException VALIDATION_FAILED naming the parameter at fault
   */
  public static PageParams from(Function<String, String> parameter) {
    int page = parse("page", parameter.apply("page"), DEFAULT_PAGE, Integer.MAX_VALUE);
    String limitName = isBlank(parameter.apply("limit")) ? "per_page" : "limit";
    int limit = parse(limitName, parameter.apply(limitName), DEFAULT_LIMIT, MAX_LIMIT);
    return new PageParams(page, limit);
  }

  /** Rows to skip; long because page × limit can pass Integer.MAX_VALUE. */
  public long offset() {
    return (long) (page - 1) * limit;
  }

  private static int parse(String name, String raw, int fallback, int max) {
    if (isBlank(raw)) {
      return fallback;
    }
    try {
      return requireInRange(name, Integer.parseInt(raw.strip()), max);
    } catch (NumberFormatException notAnInteger) {
      throw invalid(name, max);
    }
  }

  private static int requireInRange(String name, int value, int max) {
    if (value < 1 || value > max) {
      throw invalid(name, max);
    }
    return value;
  }

  private static RetenException invalid(String name, int max) {
    String rule =
        max == Integer.MAX_VALUE ? "a positive integer" : "an integer between 1 and " + max;
    return new RetenException(
        ErrorCode.VALIDATION_FAILED, "Invalid value for parameter '" + name + "': must be " + rule);
  }

  private static boolean isBlank(String raw) {
    return raw == null || raw.isBlank();
  }
}
