package com.reten.gateway.resulttype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new result-type code (snake_case or camelCase field names). */
record DefineTaskResultTypeRequest(
    @NotNull @Pattern(regexp = "^[A-Za-z0-9_]{1,64}$", message = "must match ^[A-Za-z0-9_]{1,64}$")
        String code,
    @NotBlank @Size(max = 255) String label,
    Boolean requiresFutureScheduledAt) {}
