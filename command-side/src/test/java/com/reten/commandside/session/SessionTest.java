package com.reten.commandside.session;

import com.reten.api.session.EndSessionCommand;
import com.reten.api.session.RotateSessionCommand;
import com.reten.api.session.SessionRevokedEvent;
import com.reten.api.session.SessionRevokedEvent.Reason;
import com.reten.api.session.SessionRotatedEvent;
import com.reten.api.session.SessionRotation;
import com.reten.api.session.SessionRotation.Outcome;
import com.reten.api.session.SessionStartedEvent;
import com.reten.api.session.StartSessionCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final Instant EXPIRY = T0.plus(Duration.ofDays(7));
  private static final Instant T1 = T0.plusSeconds(900);

  private AggregateTestFixture<Session> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Session.class);
  }

  @Test
  void signInStartsAFamily() {
    fixture
        .givenNoPriorActivity()
        .when(new StartSessionCommand(SESSION, USER, "h1", EXPIRY, T0))
        .expectEvents(new SessionStartedEvent(SESSION, USER, "h1", EXPIRY, T0));
  }

  @Test
  void theCurrentTokenRotates() {
    fixture
        .given(started())
        .when(new RotateSessionCommand(SESSION, "h1", "h2", EXPIRY.plusSeconds(900), T1))
        .expectResultMessagePayload(new SessionRotation(Outcome.ROTATED, USER, T0))
        .expectEvents(new SessionRotatedEvent(SESSION, USER, "h2", EXPIRY.plusSeconds(900), T1));
  }

  @Test
  void aReplacedTokenRevokesTheWholeFamily() {
    fixture
        .given(started(), new SessionRotatedEvent(SESSION, USER, "h2", EXPIRY, T1))
        .when(new RotateSessionCommand(SESSION, "h1", "h3", EXPIRY, T1.plusSeconds(1)))
        .expectResultMessagePayload(new SessionRotation(Outcome.REUSE_DETECTED, USER, T0))
        .expectEvents(
            new SessionRevokedEvent(SESSION, USER, Reason.REUSE_DETECTED, T1.plusSeconds(1)));
  }

  @Test
  void aRevokedFamilyRefusesEvenItsLatestToken() {
    fixture
        .given(
            started(),
            new SessionRotatedEvent(SESSION, USER, "h2", EXPIRY, T1),
            new SessionRevokedEvent(SESSION, USER, Reason.REUSE_DETECTED, T1))
        .when(new RotateSessionCommand(SESSION, "h2", "h3", EXPIRY, T1.plusSeconds(1)))
        .expectResultMessagePayload(new SessionRotation(Outcome.REJECTED, USER, T0))
        .expectNoEvents();
  }

  @Test
  void anUnknownTokenIsRejectedWithoutRevoking() {
    fixture
        .given(started())
        .when(new RotateSessionCommand(SESSION, "forged", "h2", EXPIRY, T1))
        .expectResultMessagePayload(new SessionRotation(Outcome.REJECTED, USER, T0))
        .expectNoEvents();
  }

  @Test
  void anExpiredTokenIsRejected() {
    fixture
        .given(started())
        .when(new RotateSessionCommand(SESSION, "h1", "h2", EXPIRY.plusSeconds(1), EXPIRY))
        .expectResultMessagePayload(new SessionRotation(Outcome.REJECTED, USER, T0))
        .expectNoEvents();
  }

  @Test
  void signOutRevokesOnce() {
    fixture
        .given(started())
        .when(new EndSessionCommand(SESSION, T1))
        .expectEvents(new SessionRevokedEvent(SESSION, USER, Reason.LOGOUT, T1));
    fixture
        .given(started(), new SessionRevokedEvent(SESSION, USER, Reason.LOGOUT, T1))
        .when(new EndSessionCommand(SESSION, T1.plusSeconds(1)))
        .expectNoEvents();
  }

  private static SessionStartedEvent started() {
    return new SessionStartedEvent(SESSION, USER, "h1", EXPIRY, T0);
  }
}
