package com.reten.gateway.dispatch;

import com.reten.api.dispatch.DispatchProviderView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A catalog provider as every provider route returns it (API.md §5.2). */
record ProviderResponse(
    UUID id,
    String code,
    String name,
    String protocolType,
    boolean isActive,
    List<ChannelDefinitionResponse> channelDefinitions,
    Instant createdAt,
    Instant updatedAt) {

  static ProviderResponse of(DispatchProviderView view) {
    return new ProviderResponse(
        view.id(),
        view.code(),
        view.name(),
        view.protocolType(),
        view.active(),
        ChannelDefinitionResponse.of(view.channelDefinitions()),
        view.createdAt(),
        view.updatedAt());
  }
}
