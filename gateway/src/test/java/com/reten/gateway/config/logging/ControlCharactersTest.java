package com.reten.gateway.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void escapesControlCharactersAndLoneSurrogatesOnly() {
    assertThat(ControlCharacters.escape("a\u0000b\u001B[31m\u007F\u0085"))
        .isEqualTo("a\\u0000b\\u001B[31m\\u007F\\u0085");
    assertThat(ControlCharacters.escape("x\ud800y\udc00")).isEqualTo("x\\uD800y\\uDC00");
    assertThat(ControlCharacters.escape("line\n\tnext 😀 ñ")).isEqualTo("line\n\tnext 😀 ñ");
  }

  @Test
  void cleanTextIsReturnedAsIs() {
    String clean = "plain text";
    assertThat(ControlCharacters.escape(clean)).isSameAs(clean);
    assertThat(ControlCharacters.escape(null)).isNull();
  }
}
