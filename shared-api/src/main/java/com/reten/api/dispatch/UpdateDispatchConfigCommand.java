package com.reten.api.dispatch;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes a tenant's dispatch config; every {@code null} field is left as it is. Like {@link
 * CreateDispatchConfigCommand} it carries secrets in clear only as far as the handler, and {@link
 * #toString()} never shows them.
 *
 * @param tenantId the caller's tenant (another tenant's config is not found)
 * @param configId the config
 * @param baseUrl new base URL, or {@code null}
 * @param credentials the complete new credentials (replacing the old ones), or {@code null}
 * @param settings merged key by key into the settings; a {@code null} value removes a key
 * @param active {@code false} deactivates, {@code true} reactivates, {@code null} leaves it
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record UpdateDispatchConfigCommand(
    UUID tenantId,
    @TargetAggregateIdentifier UUID configId,
    String baseUrl,
    Map<String, Object> credentials,
    Map<String, Object> settings,
    Boolean active,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {

  @Override
  public String toString() {
    return "UpdateDispatchConfigCommand[tenantId=%s, configId=%s]".formatted(tenantId, configId);
  }
}
