package com.reten.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (415) a body sent as a wildcard media type ({@code Content-Type: *}{@code /*}): Spring
 * MVC asserts a body's type is concrete and would fail with a 500 deep inside argument resolution.
 * A request without a body keeps whatever header it sent, as before; an unparseable type is left to
 * Spring, which already answers 415.
 */
final class ContentTypeFilter extends OncePerRequestFilter {

  private final ApiErrorWriter errorWriter;

  ContentTypeFilter(ApiErrorWriter errorWriter) {
    this.errorWriter = errorWriter;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() != 0 && isWildcard(request.getContentType())) {
      errorWriter.write(
          response,
          ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, RequestProblems.UNSUPPORTED_MEDIA_TYPE));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isWildcard(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return type.isWildcardType() || type.isWildcardSubtype();
    } catch (InvalidMediaTypeException unparseable) {
      return false;
    }
  }
}
