package com.reten.api.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A catalog provider changed.
 *
 * @param providerId the provider
 * @param name its display name now
 * @param active whether it is active now
 * @param channelDefinitions the definitions added or replaced by this change (others unchanged)
 * @param updatedAt business time
 */
@Revision("1")
public record DispatchProviderUpdatedEvent(
    UUID providerId,
    String name,
    boolean active,
    List<ChannelDefinition> channelDefinitions,
    Instant updatedAt) {}
