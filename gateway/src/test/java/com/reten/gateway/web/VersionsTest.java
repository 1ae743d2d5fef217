package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reten.api.error.RetenException;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void anEtagIsTheQuotedVersion() {
    assertThat(Versions.etag(7)).isEqualTo("\"7\"");
  }

  @Test
  void ifMatchYieldsTheExpectedVersion() {
    assertThat(Versions.expected("\"7\"")).isEqualTo(7L);
    assertThat(Versions.expected("W/\"0\"")).isZero();
  }

  @Test
  void noIfMatchOrAStarExpectsNothing() {
    assertThat(Versions.expected(null)).isNull();
    assertThat(Versions.expected(" ")).isNull();
    assertThat(Versions.expected("*")).isNull();
  }

  @Test
  void aMalformedIfMatchIsA400() {
    assertThatThrownBy(() -> Versions.expected("7"))
        .isInstanceOf(RetenException.class)
        .hasMessageContaining("If-Match");
  }
}
