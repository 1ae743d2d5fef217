package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reten.api.error.RetenException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class VersionsTest {

  @Test
  void anEtagIsTheQuotedVersion() {
    assertThat(Versions.etag(7)).isEqualTo("\"7\"");
  }

  @Test
  void ifMatchYieldsTheExpectedVersion() {
    assertThat(Versions.expected(withIfMatch("\"7\""))).isEqualTo(7L);
    assertThat(Versions.expected(withIfMatch("W/\"0\""))).isZero();
  }

  @Test
  void noIfMatchOrAStarExpectsNothing() {
    assertThat(Versions.expected(new MockHttpServletRequest())).isNull();
    assertThat(Versions.expected(withIfMatch("*"))).isNull();
  }

  @Test
  void aMalformedIfMatchIsA400() {
    assertThatThrownBy(() -> Versions.expected(withIfMatch("7")))
        .isInstanceOf(RetenException.class)
        .hasMessageContaining("If-Match");
  }

  private static MockHttpServletRequest withIfMatch(String value) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("If-Match", value);
    return request;
  }
}
