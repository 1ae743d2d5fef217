package com.reten.api.dispatch;

import com.reten.api.activity.ActivityChannel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A provider's channel definition as the catalog shows it.
 *
 * @param id derived from (provider, channel)
 * @param dispatchProviderId the provider
 * @param channel the channel
 * @param credentialSchema credentials a config supplies
 * @param settingsSchema settings a config may supply
 * @param createdAt when the definition was added
 * @param updatedAt its last change
 */
public record ChannelDefinitionView(
    UUID id,
    UUID dispatchProviderId,
    ActivityChannel channel,
    List<SchemaField> credentialSchema,
    List<SchemaField> settingsSchema,
    Instant createdAt,
    Instant updatedAt) {}
