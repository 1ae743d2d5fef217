package com.reten.commandside.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.session.EndSessionCommand;
import com.reten.api.session.RotateSessionCommand;
import com.reten.api.session.SessionRevokedEvent;
import com.reten.api.session.SessionRotatedEvent;
import com.reten.api.session.SessionRotation;
import com.reten.api.session.SessionRotation.Outcome;
import com.reten.api.session.SessionStartedEvent;
import com.reten.api.session.StartSessionCommand;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A refresh-token family. Each refresh replaces the current token; a token that was already
 * replaced can only be in someone else's hands, so presenting it revokes the whole family.
 */
@Aggregate
public class Session {

  @AggregateIdentifier private UUID sessionId;
  private UUID userId;
  private String currentHash;
  private Instant expiresAt;
  private Instant startedAt;
  private boolean revoked;
  private final Set<String> replacedHashes = new HashSet<>();

  protected Session() {}

  @CommandHandler
  public Session(StartSessionCommand command) {
    apply(
        new SessionStartedEvent(
            command.sessionId(),
            command.userId(),
            command.tokenHash(),
            command.expiresAt(),
            command.at()));
  }

  @CommandHandler
  SessionRotation handle(RotateSessionCommand command) {
    if (revoked) {
      return outcome(Outcome.REJECTED);
    }
    if (replacedHashes.contains(command.presentedTokenHash())) {
      apply(
          new SessionRevokedEvent(
              sessionId, userId, SessionRevokedEvent.Reason.REUSE_DETECTED, command.at()));
      return outcome(Outcome.REUSE_DETECTED);
    }
    if (!isCurrent(command.presentedTokenHash()) || !command.at().isBefore(expiresAt)) {
      return outcome(Outcome.REJECTED);
    }
    apply(
        new SessionRotatedEvent(
            sessionId, userId, command.newTokenHash(), command.newExpiresAt(), command.at()));
    return outcome(Outcome.ROTATED);
  }

  @CommandHandler
  void handle(EndSessionCommand command) {
    if (!revoked) {
      apply(
          new SessionRevokedEvent(
              sessionId, userId, SessionRevokedEvent.Reason.LOGOUT, command.at()));
    }
  }

  private boolean isCurrent(String presentedHash) {
    return MessageDigest.isEqual(
        currentHash.getBytes(StandardCharsets.US_ASCII),
        presentedHash.getBytes(StandardCharsets.US_ASCII));
  }

  private SessionRotation outcome(Outcome outcome) {
    return new SessionRotation(outcome, userId, startedAt);
  }

  @EventSourcingHandler
  void on(SessionStartedEvent event) {
    sessionId = event.sessionId();
    userId = event.userId();
    currentHash = event.tokenHash();
    expiresAt = event.expiresAt();
    startedAt = event.startedAt();
  }

  @EventSourcingHandler
  void on(SessionRotatedEvent event) {
    replacedHashes.add(currentHash);
    currentHash = event.tokenHash();
    expiresAt = event.expiresAt();
  }

  @EventSourcingHandler
  void on(SessionRevokedEvent event) {
    revoked = true;
  }
}
