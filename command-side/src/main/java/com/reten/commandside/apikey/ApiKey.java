package com.reten.commandside.apikey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.apikey.ApiKeyCreatedEvent;
import com.reten.api.apikey.ApiKeyRevokedEvent;
import com.reten.api.apikey.ApiKeyUsedEvent;
import com.reten.api.apikey.CreateApiKeyCommand;
import com.reten.api.apikey.RecordApiKeyUseCommand;
import com.reten.api.apikey.RevokeApiKeyCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An integration's credential: what it may do in one tenant, until revoked or expired. */
@Aggregate
public class ApiKey {

  /** Uses closer together than this are not worth an event each. */
  static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

  @AggregateIdentifier private UUID apiKeyId;
  private UUID tenantId;
  private UUID userId;
  private boolean revoked;
  private Instant lastUsedAt;

  protected ApiKey() {}

  @CommandHandler
  public ApiKey(CreateApiKeyCommand command) {
    ApiKeyRules.requireGrantable(command);
    apply(
        new ApiKeyCreatedEvent(
            command.tenantId(),
            command.apiKeyId(),
            command.userId(),
            command.name(),
            command.keyPrefix(),
            command.keyHash(),
            Set.copyOf(command.permissions()),
            command.expiresAt(),
            command.at()));
  }

  @CommandHandler
  void handle(RevokeApiKeyCommand command) {
    requireTenant(command.tenantId());
    if (!userId.equals(command.userId())) {
      throw new RetenException(ErrorCode.PERMISSION_DENIED, "Only the key's creator may revoke it");
    }
    if (revoked) {
      throw new RetenException(ErrorCode.INVALID_STATE_TRANSITION, "API key is already revoked");
    }
    apply(new ApiKeyRevokedEvent(tenantId, apiKeyId, command.userId(), command.at()));
  }

  @CommandHandler
  void handle(RecordApiKeyUseCommand command) {
    requireTenant(command.tenantId());
    if (!revoked && dueForRecording(command.at())) {
      apply(new ApiKeyUsedEvent(tenantId, apiKeyId, command.at()));
    }
  }

  private boolean dueForRecording(Instant at) {
    return lastUsedAt == null || !at.isBefore(lastUsedAt.plus(USE_RECORDING_INTERVAL));
  }

  private void requireTenant(UUID commandTenant) {
    if (!tenantId.equals(commandTenant)) {
      throw RetenException.notFound("API key");
    }
  }

  @EventSourcingHandler
  void on(ApiKeyCreatedEvent event) {
    apiKeyId = event.apiKeyId();
    tenantId = event.tenantId();
    userId = event.userId();
  }

  @EventSourcingHandler
  void on(ApiKeyRevokedEvent event) {
    revoked = true;
  }

  @EventSourcingHandler
  void on(ApiKeyUsedEvent event) {
    lastUsedAt = event.usedAt();
  }
}
