package com.reten.api.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A provider of the global catalog with its channel definitions.
 *
 * @param id the provider
 * @param code unique code
 * @param name display name
 * @param protocolType {@code REST}
 * @param active whether configs may use it
 * @param channelDefinitions by channel
 * @param createdAt business time of registration
 * @param updatedAt last change
 * @param version aggregate sequence number of the last change
 */
public record DispatchProviderView(
    UUID id,
    String code,
    String name,
    String protocolType,
    boolean active,
    List<ChannelDefinitionView> channelDefinitions,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
