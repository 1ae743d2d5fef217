package com.reten.gateway.commerce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** One commerce of a sync. */
record SyncItemRequest(
    @NotBlank @Size(max = 255) String externalId,
    @NotBlank @Size(max = 255) String name,
    @Size(max = 255) String globalExternalId,
    @Size(max = 255) String taxId,
    Map<String, Object> metadata,
    List<@NotNull @Valid AddressRequest> addresses,
    List<@NotNull @Valid SyncUserRequest> users) {}
