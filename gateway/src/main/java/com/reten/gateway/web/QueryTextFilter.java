package com.reten.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (400) a query parameter whose name or value carries a character {@link TextGuard}
 * refuses. Reads the raw query string, never the parameter map: that would also parse a form body.
 * Such characters can only arrive percent-encoded (Tomcat refuses raw control bytes), as {@code
 * %00} or as a surrogate in UTF-8 form ({@code %ED%A0%80}), which a decoder would silently turn
 * into U+FFFD.
 */
final class QueryTextFilter extends OncePerRequestFilter {

  private static final Pattern REFUSED =
      Pattern.compile("%00|%ED%[AB][0-9A-F]%[89AB][0-9A-F]", Pattern.CASE_INSENSITIVE);

  private final ApiErrorWriter errorWriter;

  QueryTextFilter(ApiErrorWriter errorWriter) {
    this.errorWriter = errorWriter;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    String refusal = query == null || query.indexOf('%') < 0 ? null : refusal(query);
    if (refusal != null) {
      errorWriter.write(response, ApiError.of(HttpStatus.BAD_REQUEST, refusal));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The message for the first refused parameter of {@code query}, or null when all are fine. */
  static String refusal(String query) {
    for (String parameter : query.split("&")) {
      Matcher refused = REFUSED.matcher(parameter);
      if (refused.find()) {
        int equals = parameter.indexOf('=');
        String name = equals < 0 ? parameter : parameter.substring(0, equals);
        return TextGuard.refusal("Parameter '" + printable(name) + "'", character(refused.group()));
      }
    }
    return null;
  }

  private static char character(String escape) {
    if (escape.length() == 3) {
      return 0;
    }
    int second = Integer.parseInt(escape.substring(4, 6), 16);
    int third = Integer.parseInt(escape.substring(7, 9), 16);
    return (char) (0xD000 | (second & 0x3F) << 6 | (third & 0x3F));
  }

  /** The decoded name, with each refused character shown as its escape rather than echoed. */
  private static String printable(String rawName) {
    String escaped =
        REFUSED
            .matcher(rawName)
            .replaceAll(
                match ->
                    Matcher.quoteReplacement(
                        TextGuard.printable(String.valueOf(character(match.group())))));
    try {
      return URLDecoder.decode(escaped, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return rawName;
    }
  }
}
