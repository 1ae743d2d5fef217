package com.reten.gateway.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new catalog provider (snake_case or camelCase field names). */
record CreateProviderRequest(
    @NotBlank @Size(max = 32) String code,
    @NotBlank @Size(max = 255) String name,
    @Size(max = 20) String protocolType,
    @Valid @NotEmpty @Size(max = 6) List<@NotNull ChannelDefinitionRequest> channelDefinitions) {}
