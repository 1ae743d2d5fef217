package com.reten.gateway.dispatch;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.ChannelDefinitionView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A provider's channel definition (API.md §5.2), as Reten's docs show it. */
record ChannelDefinitionResponse(
    UUID id,
    UUID dispatchProviderId,
    ActivityChannel channel,
    List<SchemaFieldResponse> credentialSchema,
    List<SchemaFieldResponse> settingsSchema,
    Instant createdAt,
    Instant updatedAt) {

  static ChannelDefinitionResponse of(ChannelDefinitionView view) {
    return new ChannelDefinitionResponse(
        view.id(),
        view.dispatchProviderId(),
        view.channel(),
        SchemaFieldResponse.of(view.credentialSchema()),
        SchemaFieldResponse.of(view.settingsSchema()),
        view.createdAt(),
        view.updatedAt());
  }

  static List<ChannelDefinitionResponse> of(List<ChannelDefinitionView> views) {
    return views.stream().map(ChannelDefinitionResponse::of).toList();
  }
}
