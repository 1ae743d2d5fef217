package com.reten.gateway.activityconfig;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.activityconfig.TargetResolutionConfigView;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A target-resolution config as every target-resolution endpoint returns it. */
record TargetResolutionResponse(
    UUID id,
    TargetResolutionStrategy resolutionStrategy,
    boolean fallbackToCommerceRep,
    boolean fallbackToOwner,
    int priority,
    boolean isActive,
    List<Criterion> criteria,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * A criterion under the names of Reten's public docs ({@code id, criteriaType, criteriaConfig,
   * priority}) and, additively, those its requests use ({@code type, config}).
   */
  record Criterion(
      @Schema(
              description =
                  "Stable per config and position (criteria are stored with their config, not on"
                      + " their own)")
          UUID id,
      TargetCriterionType criteriaType,
      Map<String, Object> criteriaConfig,
      int priority,
      TargetCriterionType type,
      Map<String, Object> config) {}

  private static List<Criterion> criteria(UUID configId, List<TargetCriterion> criteria) {
    List<Criterion> named = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      TargetCriterion c = criteria.get(i);
      UUID id = UUID.nameUUIDFromBytes((configId + ":criterion:" + i).getBytes(UTF_8));
      named.add(new Criterion(id, c.type(), c.config(), c.priority(), c.type(), c.config()));
    }
    return named;
  }

  static TargetResolutionResponse of(TargetResolutionConfigView view) {
    return new TargetResolutionResponse(
        view.id(),
        view.rule().strategy(),
        view.rule().fallbackToCommerceRep(),
        view.rule().fallbackToOwner(),
        view.priority(),
        view.active(),
        criteria(view.id(), view.rule().criteria()),
        view.createdAt(),
        view.updatedAt());
  }
}
