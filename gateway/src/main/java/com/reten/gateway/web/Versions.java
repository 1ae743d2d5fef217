package com.reten.gateway.web;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP (API.md 1.6): a resource's version is its aggregate's sequence
 * number, sent as {@code ETag: "<version>"}; a write may send it back in {@code If-Match}, and a
 * command carrying it as {@code @TargetAggregateVersion} fails with 409 when it is stale.
 */
public final class Versions {

  private static final Pattern QUOTED_NUMBER = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

  private Versions() {}

  /** The ETag of a resource at {@code version}. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an {@code If-Match} header expects, or {@code null} when none is sent (or {@code
   * *}): then the write applies to whatever the current version is. Controllers take the header as
   * a {@code @RequestHeader} parameter, so the OpenAPI document declares it on exactly the writes
   * that honour it.
   */
  public static Long expected(String header) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    Matcher matcher = QUOTED_NUMBER.matcher(header.trim());
    if (!matcher.matches()) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "If-Match must be an ETag such as \"3\"");
    }
    return Long.parseLong(matcher.group(1));
  }
}
