package com.reten.gateway.operator;

import com.reten.api.operator.OperatorType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A new operator (snake_case or camelCase field names). */
record CreateOperatorRequest(
    @NotNull OperatorType type,
    @NotBlank @Size(max = 255) String name,
    @Email @Size(max = 254) String email,
    @Pattern(regexp = OperatorFormats.E164, message = OperatorFormats.E164_MESSAGE) String phone,
    @Size(max = 255) @Pattern(regexp = OperatorFormats.NOT_BLANK, message = "must not be blank")
        String externalId,
    Boolean isPlaceholder,
    Map<String, Object> metadata) {}
