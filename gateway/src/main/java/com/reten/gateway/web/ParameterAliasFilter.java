package com.reten.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every query parameter readable under both spellings (API.md 1.3), so a controller declares
 * {@code @RequestParam("is_active")} once and still accepts {@code isActive}. A spelling the client
 * actually sent always wins over an alias.
 */
final class ParameterAliasFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new AliasedRequest(request), response);
  }

  // An async dispatch starts from the container's request again (a body read ahead is handed on
  // that way: BodyPrefetchFilter), so the aliases must be put back there too.
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  private static final class AliasedRequest extends HttpServletRequestWrapper {

    AliasedRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      String[] values = getParameterValues(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = super.getParameterValues(name);
      String alias = FieldNames.alias(name);
      return values != null || alias == null ? values : super.getParameterValues(alias);
    }

    // Not cached: a forward may add parameters to the wrapped request after the first call.
    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> sent = super.getParameterMap();
      Map<String, String[]> all = new LinkedHashMap<>(sent);
      sent.forEach(
          (name, values) -> {
            String alias = FieldNames.alias(name);
            if (alias != null) {
              all.putIfAbsent(alias, values);
            }
          });
      return Collections.unmodifiableMap(all);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
