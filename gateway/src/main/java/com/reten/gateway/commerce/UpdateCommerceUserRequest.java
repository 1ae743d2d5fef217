package com.reten.gateway.commerce;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The commerce-user fields a PATCH may change; an empty external_id removes it. */
record UpdateCommerceUserRequest(
    @Pattern(regexp = UpdateCommerceRequest.NOT_BLANK, message = "must not be blank")
        @Size(max = 255)
        String name,
    @Size(max = 255) String externalId,
    Boolean isActive) {}
