package com.reten.gateway.operator;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The operator fields a PATCH may change; an absent or null field is left as it is. */
record UpdateOperatorRequest(
    @Size(max = 255) @Pattern(regexp = OperatorFormats.NOT_BLANK, message = "must not be blank")
        String name,
    @Email @Size(max = 254) String email,
    @Pattern(regexp = OperatorFormats.E164, message = OperatorFormats.E164_MESSAGE) String phone,
    Boolean isActive,
    Map<String, Object> metadata) {}
