package com.reten.gateway.security;

import com.reten.api.apikey.ApiKeyView;
import com.reten.api.apikey.FindApiKeyByHashQuery;
import com.reten.api.apikey.RecordApiKeyUseCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an {@code x-api-key} into the key it names. Malformed, unknown, revoked and expired keys
 * all get the same 401, so a caller learns nothing about which keys exist. The lookup is one
 * unique-index read of the key's SHA-256; the read model changes in the same transaction as a
 * revocation, so there is no cache that could serve a revoked key.
 */
@Component
class ApiKeyAuthenticator {

  static final String HEADER = "x-api-key";
  private static final Pattern FORMAT = Pattern.compile("^rtn_sk_[0-9a-f]{56}$");
  private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticator.class);

  private final QueryGateway queries;
  private final CommandGateway commands;
  private final Clock clock;

  ApiKeyAuthenticator(QueryGateway queries, CommandGateway commands, Clock clock) {
    this.queries = queries;
    this.commands = commands;
    this.clock = clock;
  }

  ApiKeyView authenticate(String presented) {
    if (!FORMAT.matcher(presented.trim()).matches()) {
      throw invalid();
    }
    ApiKeyView key =
        queries
            .query(
                new FindApiKeyByHashQuery(Sha256.hex(presented.trim())),
                ResponseTypes.optionalInstanceOf(ApiKeyView.class))
            .join()
            .orElseThrow(ApiKeyAuthenticator::invalid);
    if (!key.isActiveAt(clock.instant())) {
      throw invalid();
    }
    return key;
  }

  /** Records the use at most once a minute, without making the request wait for it. */
  void noteUse(ApiKeyView key) {
    Instant now = clock.instant();
    if (key.lastUsedAt() != null && now.isBefore(key.lastUsedAt().plus(USE_RECORDING_INTERVAL))) {
      return;
    }
    commands
        .send(new RecordApiKeyUseCommand(key.tenantId(), key.id(), now))
        .exceptionally(
            failure -> {
              log.debug("Use of API key {} not recorded: {}", key.id(), failure.toString());
              return null;
            });
  }

  static RetenException invalid() {
    return new RetenException(ErrorCode.UNAUTHENTICATED, "Invalid or expired API key");
  }
}
