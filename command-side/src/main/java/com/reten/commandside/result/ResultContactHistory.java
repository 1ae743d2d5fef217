package com.reten.commandside.result;

import com.reten.api.activity.ActivityChannel;
import com.reten.commandside.activity.Activity;
import com.reten.commandside.activity.CommerceContactHistory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * A commerce's contact history from its recorded results: the user last contacted is the one the
 * latest result's activity targeted (a STANDALONE result names nobody), read from that Activity
 * aggregate in the caller's unit of work.
 */
@Component
class ResultContactHistory implements CommerceContactHistory {

  private final LastResults lastResults;
  private final Repository<Activity> activities;

  ResultContactHistory(LastResults lastResults, Repository<Activity> activities) {
    this.lastResults = lastResults;
    this.activities = activities;
  }

  @Override
  public Optional<UUID> lastContactedUser(
      UUID tenantId, UUID commerceId, ActivityChannel channelOrNull) {
    return lastResults
        .latest(tenantId, commerceId, channelOrNull)
        .filter(last -> last.activityId() != null)
        .flatMap(last -> contactedBy(last.activityId()));
  }

  @Override
  public Optional<Map<String, Object>> lastResult(UUID tenantId, UUID commerceId) {
    return lastResults
        .latest(tenantId, commerceId, null)
        .map(
            last -> {
              Map<String, Object> value = new LinkedHashMap<>();
              value.put("resultId", last.resultId().toString());
              value.put("activityId", last.activityId() == null ? null : last.activityId() + "");
              value.put("code", last.code());
              value.put("status", last.status() == null ? null : last.status().name());
              value.put("occurredAt", last.occurredAt().toString());
              value.put("channel", last.channel() == null ? null : last.channel().name());
              return value;
            });
  }

  private Optional<UUID> contactedBy(UUID activityId) {
    try {
      return activities.load(activityId.toString()).invoke(Activity::contactedUser);
    } catch (AggregateNotFoundException gone) {
      return Optional.empty();
    }
  }
}
