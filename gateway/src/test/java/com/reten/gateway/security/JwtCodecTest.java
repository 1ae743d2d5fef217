package com.reten.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reten.api.error.RetenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens as {@link JwtCodec} issues and verifies them, a remembered one included. */
class JwtCodecTest {

  private static final String SECRET = "a-test-signing-secret-of-32-bytes-or-more";

  private final MovableClock clock = new MovableClock(Instant.now());
  private final JwtCodec codec =
      new JwtCodec(new JwtProperties(SECRET, Duration.ofMinutes(15), false), clock);

  @Test
  void aTokenVerifiedBeforeStillExpiresOnTime() {
    UUID user = UUID.randomUUID();
    String token = codec.issue(user);
    assertThat(codec.verify(token)).isEqualTo(user);
    assertThat(codec.verify(token)).as("remembered").isEqualTo(user);

    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertThatThrownBy(() -> codec.verify(token))
        .isInstanceOf(RetenException.class)
        .hasMessage("Invalid or expired token");
  }

  @Test
  void aTokenAlteredOrSignedWithAnotherKeyIsRefused() {
    String token = codec.issue(UUID.randomUUID());
    codec.verify(token);
    String altered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
    JwtCodec other =
        new JwtCodec(
            new JwtProperties(SECRET.replace('a', 'b'), Duration.ofMinutes(15), false), clock);

    assertThatThrownBy(() -> codec.verify(altered)).isInstanceOf(RetenException.class);
    assertThatThrownBy(() -> codec.verify(other.issue(UUID.randomUUID())))
        .isInstanceOf(RetenException.class);
  }

  /** A clock the test moves forward. */
  private static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
