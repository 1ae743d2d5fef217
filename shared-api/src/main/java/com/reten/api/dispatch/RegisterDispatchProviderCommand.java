package com.reten.api.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a provider to the global catalog (SUPER_ADMIN, or the seed at start). Platform-level: no
 * tenant.
 *
 * @param providerId the new provider's id
 * @param code unique code such as {@code YOM}
 * @param name display name
 * @param protocolType how Reten talks to it; {@code REST} only
 * @param channelDefinitions one per channel it serves, at least one
 * @param at business time of the request
 */
public record RegisterDispatchProviderCommand(
    @TargetAggregateIdentifier UUID providerId,
    String code,
    String name,
    String protocolType,
    List<ChannelDefinition> channelDefinitions,
    Instant at) {}
