package com.reten.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsNeedNoArguments() {
    BenchOptions options = BenchOptions.parse(new String[0]);

    assertThat(options.volume()).isEqualTo(100_000);
    assertThat(options.baseUrl()).isEqualTo("http://127.0.0.1:3100/api");
  }

  @Test
  void flagsOverrideDefaults() {
    BenchOptions options =
        BenchOptions.parse(new String[] {"--million", "--clients=4", "--port=3200"});

    assertThat(options.volume()).isEqualTo(1_000_000);
    assertThat(options.clients()).isEqualTo(4);
    assertThat(options.baseUrl()).isEqualTo("http://127.0.0.1:3200/api");
  }

  @Test
  void anUnknownArgumentIsRefused() {
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"fast"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fast");
  }
}
