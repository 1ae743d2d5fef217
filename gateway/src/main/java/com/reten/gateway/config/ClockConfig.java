package com.reten.gateway.config;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Business time comes from one clock, so tests can pin it. */
@Configuration
class ClockConfig {

  /**
   * Ticks in microseconds, PostgreSQL's timestamp precision, so the time a write answers with is
   * the same instant a later read returns.
   */
  @Bean
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}
