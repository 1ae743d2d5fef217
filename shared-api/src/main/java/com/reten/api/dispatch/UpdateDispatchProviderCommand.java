package com.reten.api.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes a catalog provider; every {@code null} field is left as it is.
 *
 * @param providerId the provider
 * @param name new display name, or {@code null}
 * @param active {@code false} deactivates, {@code true} reactivates, {@code null} leaves it
 * @param channelDefinitions definitions added or replaced, by channel (others are kept), or {@code
 *     null}
 * @param expectedVersion the version the caller saw ({@code If-Match}), or {@code null}
 * @param at business time of the request
 */
public record UpdateDispatchProviderCommand(
    @TargetAggregateIdentifier UUID providerId,
    String name,
    Boolean active,
    List<ChannelDefinition> channelDefinitions,
    @TargetAggregateVersion Long expectedVersion,
    Instant at) {}
