package com.reten.gateway.result;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.reten.api.result.ContactDirection;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;

/**
 * The nested {@code task_result} of a submitted result. {@code result_type_code} and {@code
 * contact_direction} (the flat shape's names) are accepted here too.
 */
record TaskResultRequest(
    @JsonAlias({"result", "resultTypeCode", "result_type_code"}) @Size(max = 64) String result,
    @Size(max = 2000) String comment,
    @JsonAlias({"contact_type", "contactDirection", "contact_direction"})
        ContactDirection contactType,
    @Size(max = 255) String operatorExternalId,
    Instant futureScheduledAt,
    Map<String, Object> payload) {}
