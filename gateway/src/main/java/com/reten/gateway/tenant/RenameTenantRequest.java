package com.reten.gateway.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The tenant fields that may change. */
record RenameTenantRequest(@NotBlank @Size(max = 255) String name) {}
