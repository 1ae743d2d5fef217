package com.reten.gateway.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reten.gateway.security.RateLimitProperties;
import com.reten.gateway.web.TooManyRequestsException;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final LoginThrottle throttle =
      new LoginThrottle(
          new RateLimitProperties(null, 2L, 4L, Duration.ofMinutes(5)), TimeMeter.SYSTEM_NANOTIME);

  @Test
  void failuresForOneIdentifierInAnyCaseThrottleIt() {
    throttle.recordFailure("Ana@acme.test", "10.0.0.1");
    throttle.recordFailure("ana@ACME.test", "10.0.0.2");

    assertThatThrownBy(() -> throttle.checkAllowed("ana@acme.test", "10.0.0.3"))
        .isInstanceOf(TooManyRequestsException.class)
        .hasMessage("Too many failed sign-in attempts");
    assertThatCode(() -> throttle.checkAllowed("bob@acme.test", "10.0.0.3"))
        .doesNotThrowAnyException();
  }

  @Test
  void failuresFromOneAddressThrottleEveryIdentifierFromIt() {
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure("user" + i + "@acme.test", "10.0.0.9");
    }

    assertThatThrownBy(() -> throttle.checkAllowed("fresh@acme.test", "10.0.0.9"))
        .isInstanceOf(TooManyRequestsException.class);
    assertThatCode(() -> throttle.checkAllowed("fresh@acme.test", "10.0.0.10"))
        .doesNotThrowAnyException();
  }
}
