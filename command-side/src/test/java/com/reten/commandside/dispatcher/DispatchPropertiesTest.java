package com.reten.commandside.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchPropertiesTest {

  @Test
  void theDefaultsAreTheContracts() {
    var defaults = new DispatchProperties(null, null, null, null, null, null, null, null);

    assertThat(defaults.workerEnabled()).isTrue();
    assertThat(defaults.httpTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(defaults.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.backoffAfter(5)).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.lease()).isGreaterThanOrEqualTo(defaults.httpTimeout().multipliedBy(2));
  }

  @Test
  void aLeaseShorterThanTwoTimeoutsIsRefused() {
    assertThatThrownBy(
            () ->
                new DispatchProperties(
                    true,
                    null,
                    null,
                    Duration.ofSeconds(15),
                    List.of(Duration.ofSeconds(1)),
                    Duration.ofSeconds(10),
                    null,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reten.dispatch.lease");
  }
}
