package com.reten.commandside.activity;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityAttributesResolvedEvent;
import com.reten.api.activity.ActivityAttributesSetEvent;
import com.reten.api.activity.ActivityResolutionRequest;
import com.reten.api.activity.AttributeRequest;
import com.reten.api.activity.AttributeStatus;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributeStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * An activity's attributes, one per requested key (attribute_keys, then the keys of attributes[]
 * not already named). Ids derive from (activity, key).
 */
class ActivityAttributes {

  private final Map<UUID, ActivityAttribute> byId = new LinkedHashMap<>();

  static UUID idOf(UUID activityId, String key) {
    return UUID.nameUUIDFromBytes((activityId + ":attribute:" + key).getBytes(UTF_8));
  }

  /** Whether a FAILED attribute keeps the activity UNRESOLVED: it was to be resolved by Reten. */
  static boolean required(ActivityAttribute attribute) {
    return attribute.strategy() != AttributeStrategy.CALLER_PROVIDED;
  }

  /** A new activity's attributes, each resolved as its policy says. */
  static List<ActivityAttribute> initial(
      UUID activityId,
      ActivityResolutionRequest request,
      Function<String, AttributePolicyRule> policies,
      AttributeResolver resolver,
      Instant at) {
    Map<String, AttributeRequest> given = new LinkedHashMap<>();
    request.attributes().forEach(attribute -> given.put(attribute.key(), attribute));
    Set<String> keys = new LinkedHashSet<>(request.attributeKeys());
    keys.addAll(given.keySet());
    return keys.stream()
        .map(
            key ->
                resolver.requested(
                    idOf(activityId, key), key, policies.apply(key), given.get(key), at))
        .toList();
  }

  Collection<ActivityAttribute> all() {
    return byId.values();
  }

  /** The FAILED required attributes resolved again: those that changed. */
  List<ActivityAttribute> retried(AttributeResolver resolver, Instant at) {
    return resolveWhere(a -> a.status() == AttributeStatus.FAILED && required(a), resolver, at);
  }

  /** The attributes waiting for dispatch, resolved: those that changed. */
  List<ActivityAttribute> forDispatch(AttributeResolver resolver, Instant at) {
    return resolveWhere(a -> a.status() == AttributeStatus.PENDING, resolver, at);
  }

  private List<ActivityAttribute> resolveWhere(
      Predicate<ActivityAttribute> which, AttributeResolver resolver, Instant at) {
    List<ActivityAttribute> changes = new ArrayList<>();
    for (ActivityAttribute attribute : byId.values()) {
      if (which.test(attribute)) {
        ActivityAttribute resolved = resolver.resolve(attribute, at);
        if (!resolved.equals(attribute)) {
          changes.add(resolved);
        }
      }
    }
    return changes;
  }

  @EventSourcingHandler
  void on(ActivityAttributesSetEvent event) {
    event.attributes().forEach(attribute -> byId.put(attribute.id(), attribute));
  }

  @EventSourcingHandler
  void on(ActivityAttributesResolvedEvent event) {
    event.attributes().forEach(attribute -> byId.put(attribute.id(), attribute));
  }
}
