package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NulStrippingUpcasterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void findsTheEscapeOnlyWhereItIsOne() {
    assertThat(has("{\"a\":\"x\\u0000y\"}")).isTrue();
    assertThat(has("{\"a\":\"x\\\\\\u0000\"}")).as("backslash, then NUL").isTrue();
    assertThat(has("{\"a\":\"x\\\\u0000y\"}")).as("the text \\u0000").isFalse();
    assertThat(has("{\"a\":\"x\\u0001\"}")).isFalse();
    assertThat(has("{\"a\":\"\\u000\"}")).isFalse();
    assertThat(has("")).isFalse();
  }

  @Test
  void removesTheCharacterFromValuesAndNamesAtAnyDepth() throws Exception {
    var stored =
        JSON.readTree(
            "{\"name\":\"Ac\\u0000me\",\"meta\\u0000\":{\"list\":[\"a\\u0000\",1,null]},"
                + "\"n\":2,\"text\":\"x\\\\u0000\"}");

    assertThat(JSON.writeValueAsString(NulStrippingUpcaster.strip(stored)))
        .isEqualTo(
            "{\"name\":\"Acme\",\"meta\":{\"list\":[\"a\",1,null]},\"n\":2,\"text\":\"x\\\\u0000\"}");
  }

  private static boolean has(String json) {
    return NulStrippingUpcaster.hasNulEscape(json.getBytes(StandardCharsets.UTF_8));
  }
}
