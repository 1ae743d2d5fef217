package com.reten.gateway.activityconfig;

import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetResolutionConfigView;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A target-resolution config as every target-resolution endpoint returns it. */
record TargetResolutionResponse(
    UUID id,
    TargetResolutionStrategy resolutionStrategy,
    boolean fallbackToCommerceRep,
    boolean fallbackToOwner,
    int priority,
    boolean isActive,
    List<TargetCriterion> criteria,
    Instant createdAt,
    Instant updatedAt) {

  static TargetResolutionResponse of(TargetResolutionConfigView view) {
    return new TargetResolutionResponse(
        view.id(),
        view.rule().strategy(),
        view.rule().fallbackToCommerceRep(),
        view.rule().fallbackToOwner(),
        view.priority(),
        view.active(),
        view.rule().criteria(),
        view.createdAt(),
        view.updatedAt());
  }
}
