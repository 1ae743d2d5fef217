package com.reten.api.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A provider joined the global catalog, active.
 *
 * @param providerId the provider
 * @param code its unique code
 * @param name display name
 * @param protocolType {@code REST}
 * @param channelDefinitions the channels it serves
 * @param registeredAt business time
 */
@Revision("1")
public record DispatchProviderRegisteredEvent(
    UUID providerId,
    String code,
    String name,
    String protocolType,
    List<ChannelDefinition> channelDefinitions,
    Instant registeredAt) {}
