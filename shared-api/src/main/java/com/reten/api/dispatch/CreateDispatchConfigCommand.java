package com.reten.api.dispatch;

import com.reten.api.activity.ActivityChannel;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a tenant's dispatch config, active. Carries credentials (and SECRET settings such as
 * {@code signingSecret}) in clear from the gateway to the command handler, which encrypts them
 * before any event exists; {@link #toString()} never shows them.
 *
 * @param tenantId the caller's tenant
 * @param configId the new config's id
 * @param providerId a catalog provider
 * @param channel a channel the provider defines
 * @param baseUrl http(s) URL requests go to; may be {@code null} for MOCK
 * @param credentials values for the channel definition's credential schema
 * @param settings values for its settings schema, plus free-form non-secret ones
 * @param at business time of the request
 */
public record CreateDispatchConfigCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID configId,
    UUID providerId,
    ActivityChannel channel,
    String baseUrl,
    Map<String, Object> credentials,
    Map<String, Object> settings,
    Instant at) {

  @Override
  public String toString() {
    return "CreateDispatchConfigCommand[tenantId=%s, configId=%s, providerId=%s, channel=%s]"
        .formatted(tenantId, configId, providerId, channel);
  }
}
