package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.RecordSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A person added to a commerce; {@code name} is "first last". */
record CommerceUserRequest(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 255) String externalId,
    RecordSource source,
    List<@NotNull CommerceRole> roles) {}
