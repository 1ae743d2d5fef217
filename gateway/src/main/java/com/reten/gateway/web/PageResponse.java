package com.reten.gateway.web;

import java.util.List;

/**
 * A list endpoint's body (API.md 1.4): {@code {data, meta: {page, limit, total, totalPages}}}. A
 * page past the end is an empty {@code data} with the true totals.
 */
public record PageResponse<T>(List<T> data, Meta meta) {

  public PageResponse {
    data = List.copyOf(data);
  }

  public static <T> PageResponse<T> of(List<T> items, long total, PageParams params) {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative: " + total);
    }
    long totalPages = (total + params.limit() - 1) / params.limit(); // ceil; 0 when total is 0
    return new PageResponse<>(items, new Meta(params.page(), params.limit(), total, totalPages));
  }

  public record Meta(int page, int limit, long total, long totalPages) {}
}
