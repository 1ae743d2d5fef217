package com.reten.gateway.commerce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Up to 1,000 commerces to upsert by external id. */
record SyncCommercesRequest(
    @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid SyncItemRequest> items) {}
