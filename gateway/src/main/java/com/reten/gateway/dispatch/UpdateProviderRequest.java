package com.reten.gateway.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The provider fields a PATCH may change; an absent or null field is left as it is. */
record UpdateProviderRequest(
    @Size(max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
    Boolean isActive,
    @Valid @Size(max = 6) List<@NotNull ChannelDefinitionRequest> channelDefinitions) {}
