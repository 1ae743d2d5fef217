package com.reten.gateway.resulttype;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a PATCH of a result-type code may change; an absent or null field is left as it is. */
record ChangeTaskResultTypeRequest(
    @Size(max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String label,
    Boolean requiresFutureScheduledAt,
    Boolean isActive) {}
