package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.RecordSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A person added to a commerce; {@code name} is "first last". Every field is optional (Reten's
 * docs).
 */
record CommerceUserRequest(
    @Size(max = 255)
        @Pattern(regexp = UpdateCommerceRequest.NOT_BLANK, message = "must not be blank")
        String name,
    @Size(max = 255) String externalId,
    RecordSource source,
    List<@NotNull CommerceRole> roles) {}
