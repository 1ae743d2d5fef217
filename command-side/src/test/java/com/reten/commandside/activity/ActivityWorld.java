package com.reten.commandside.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.commandside.activityconfig.ActivitySettings;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import com.reten.commandside.commerce.Commerce;
import com.reten.commandside.operator.Operator;
import com.reten.commandside.route.Route;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * What an Activity fixture resolves against: the Commerce, Route and Operator aggregates sourced by
 * real repositories from their own event store, and the tenant's settings and contact history as
 * test doubles a test may change.
 */
final class ActivityWorld {

  final EmbeddedEventStore others =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
  final Settings settings = new Settings();
  final ContactHistory history = new ContactHistory();
  private final InMemoryUniqueClaims claims = new InMemoryUniqueClaims();
  private final Map<UUID, Integer> sequences = new HashMap<>();

  /** A fixture whose creation handler and aggregate handlers read this world. */
  AggregateTestFixture<Activity> fixture() {
    var fixture = new AggregateTestFixture<>(Activity.class);
    var directories =
        new ActivityDirectories(
            repository(Commerce.class),
            repository(Route.class),
            repository(Operator.class),
            history);
    fixture.registerInjectableResource(directories);
    fixture.registerAnnotatedCommandHandler(
        new ActivityCreationHandler(
            fixture.getRepository(),
            directories,
            settings,
            (stream, cachedAggregate) -> stored(fixture, stream).isPresent()));
    return fixture;
  }

  /**
   * The last sequence number of a stream in the fixture's store, empty for a stream that does not
   * exist, as the real event store answers (the fixture's own store throws instead).
   */
  private static Optional<Long> stored(AggregateTestFixture<Activity> fixture, String id) {
    try {
      return fixture.getEventStore().lastSequenceNumberFor(id);
    } catch (AggregateNotFoundException none) {
      return Optional.empty();
    }
  }

  /** Sets the tenant's policy for {@code key}. */
  void policies(String key, AttributeStrategy strategy, AttributeResolverType resolverType) {
    settings.policies.put(key, new AttributePolicyRule(key, strategy, resolverType));
  }

  /** Appends {@code events} to the stream of {@code aggregateId}. */
  void publish(UUID aggregateId, Object... events) {
    for (Object event : events) {
      int sequence = sequences.merge(aggregateId, 1, Integer::sum) - 1;
      others.publish(
          new GenericDomainEventMessage<>("Other", aggregateId.toString(), sequence, event));
    }
  }

  private <T> EventSourcingRepository<T> repository(Class<T> type) {
    return EventSourcingRepository.builder(type)
        .eventStore(others)
        .parameterResolverFactory(
            MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(type),
                new SimpleResourceParameterResolverFactory(Set.of(claims))))
        .build();
  }

  /** The tenant's settings: the default rule and policies unless a test sets others. */
  static final class Settings implements ActivitySettings {

    TargetResolutionRule rule = TargetResolutionRule.DEFAULT;
    final Map<String, AttributePolicyRule> policies = new HashMap<>();

    @Override
    public TargetResolutionRule targetResolution(UUID tenantId) {
      return rule;
    }

    @Override
    public AttributePolicyRule attributePolicy(UUID tenantId, String key) {
      return policies.getOrDefault(key, AttributePolicyRule.defaultFor(key));
    }
  }

  /** A contact history a test fills in; empty by default, like the one shipped today. */
  static final class ContactHistory implements CommerceContactHistory {

    final Map<Optional<ActivityChannel>, UUID> lastContacted = new HashMap<>();
    Map<String, Object> lastResult;

    @Override
    public Optional<UUID> lastContactedUser(
        UUID tenantId, UUID commerceId, ActivityChannel channelOrNull) {
      return Optional.ofNullable(lastContacted.get(Optional.ofNullable(channelOrNull)));
    }

    @Override
    public Optional<Map<String, Object>> lastResult(UUID tenantId, UUID commerceId) {
      return Optional.ofNullable(lastResult);
    }
  }
}
