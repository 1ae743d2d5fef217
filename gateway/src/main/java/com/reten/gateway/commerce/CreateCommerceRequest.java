package com.reten.gateway.commerce;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A new commerce. */
record CreateCommerceRequest(
    @NotBlank @Size(max = 255) String name,
    @NotBlank @Size(max = 255) String externalId,
    @Size(max = 255) String globalExternalId,
    @Size(max = 255) String taxId,
    Boolean isPlaceholder,
    Map<String, Object> metadata) {}
