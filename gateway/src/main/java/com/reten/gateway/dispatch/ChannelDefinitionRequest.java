package com.reten.gateway.dispatch;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.ChannelDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a provider needs from a tenant for one channel. */
record ChannelDefinitionRequest(
    @NotNull ActivityChannel channel,
    @Valid @Size(max = 50) List<@NotNull SchemaFieldRequest> credentialSchema,
    @Valid @Size(max = 50) List<@NotNull SchemaFieldRequest> settingsSchema) {

  ChannelDefinition definition() {
    return new ChannelDefinition(
        channel,
        credentialSchema == null
            ? List.of()
            : credentialSchema.stream().map(SchemaFieldRequest::field).toList(),
        settingsSchema == null
            ? List.of()
            : settingsSchema.stream().map(SchemaFieldRequest::field).toList());
  }

  static List<ChannelDefinition> definitions(List<ChannelDefinitionRequest> requests) {
    return requests == null
        ? null
        : requests.stream().map(ChannelDefinitionRequest::definition).toList();
  }
}
