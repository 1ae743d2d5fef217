package com.reten.api.dispatch;

import com.reten.api.activity.ActivityChannel;
import java.util.List;

/**
 * What a provider needs from a tenant to send activities of one channel.
 *
 * @param channel the channel
 * @param credentialSchema the credentials a config supplies (all write-only)
 * @param settingsSchema the settings a config may supply; SECRET ones are write-only
 */
public record ChannelDefinition(
    ActivityChannel channel, List<SchemaField> credentialSchema, List<SchemaField> settingsSchema) {

  public ChannelDefinition {
    credentialSchema = credentialSchema == null ? List.of() : List.copyOf(credentialSchema);
    settingsSchema = settingsSchema == null ? List.of() : List.copyOf(settingsSchema);
  }
}
