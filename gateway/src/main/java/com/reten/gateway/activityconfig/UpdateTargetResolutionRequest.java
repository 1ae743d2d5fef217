package com.reten.gateway.activityconfig;

import com.reten.api.activityconfig.TargetResolutionStrategy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The fields a PATCH may change; an absent or null field is left as it is. */
record UpdateTargetResolutionRequest(
    TargetResolutionStrategy resolutionStrategy,
    Boolean fallbackToCommerceRep,
    Boolean fallbackToOwner,
    Integer priority,
    @Size(max = 20) List<@NotNull @Valid CriterionRequest> criteria,
    Boolean isActive) {}
