package com.reten.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adopts the client's {@code x-request-id} or makes one, echoes it, and binds it to the thread (MDC
 * and {@link RequestId#current()}) for the whole request.
 */
final class RequestIdFilter extends OncePerRequestFilter {

  // Printable ASCII only, so a client cannot inject line breaks or control bytes into our logs.
  private static final Pattern ACCEPTED = Pattern.compile("[\\x20-\\x7E]{1,128}");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = resolve(request);
    request.setAttribute(RequestId.ATTRIBUTE, id);
    response.setHeader(RequestId.HEADER, id);
    try (RequestId.Scope ignored = RequestId.open(id)) {
      chain.doFilter(request, response);
    }
  }

  private static String resolve(HttpServletRequest request) {
    if (request.getAttribute(RequestId.ATTRIBUTE) instanceof String known) {
      return known;
    }
    String sent = request.getHeader(RequestId.HEADER);
    return sent != null && !sent.isBlank() && ACCEPTED.matcher(sent).matches()
        ? sent
        : UUID.randomUUID().toString();
  }

  // The /error and async dispatches log too; they must log under the same id.
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}
