package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A person of a synced commerce, matched by external id. */
record SyncUserRequest(
    @NotBlank @Size(max = 255) String externalId,
    @Size(max = 255) String name,
    List<@NotNull CommerceRole> roles,
    List<@NotNull @Valid ContactRequest> contacts) {}
