package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The parameter map and names (used by data binding), which the MockMvc tests do not reach. */
class ParameterAliasFilterTest {

  @Test
  void theMapAndNamesOfferBothSpellingsWithSentValuesWinning() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
    request.addParameter("is_active", "true");
    request.addParameter("perPage", "5");
    request.addParameter("per_page", "50");
    request.addParameter("page", "2");

    ServletRequest seen = filter(request);

    assertThat(seen.getParameterMap())
        .containsOnlyKeys("is_active", "isActive", "perPage", "per_page", "page");
    assertThat(seen.getParameterMap().get("isActive")).containsExactly("true");
    assertThat(seen.getParameterMap().get("per_page")).containsExactly("50");
    assertThat(seen.getParameter("perPage")).isEqualTo("5");
    assertThat(Collections.list(seen.getParameterNames()))
        .containsExactlyInAnyOrder("is_active", "isActive", "perPage", "per_page", "page");
  }

  @Test
  void anAbsentParameterStaysAbsentUnderBothSpellings() throws Exception {
    ServletRequest seen = filter(new MockHttpServletRequest("GET", "/x"));

    assertThat(seen.getParameter("is_active")).isNull();
    assertThat(seen.getParameterValues("isActive")).isNull();
  }

  private static ServletRequest filter(MockHttpServletRequest request) throws Exception {
    MockFilterChain chain = new MockFilterChain();
    new ParameterAliasFilter().doFilter(request, new MockHttpServletResponse(), chain);
    return chain.getRequest();
  }
}
