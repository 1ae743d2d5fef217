package com.reten.commandside.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Axon's caching repository over {@link StoreCheckedCache}, on Axon's in-memory event store: an
 * entry serves loads while the stream is unchanged, and an event stored by anyone else (another
 * node) makes the next load replay the stream instead.
 */
class StoreCheckedCacheTest {

  private final EmbeddedEventStore store =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
  private final StoreCheckedCache cache = new StoreCheckedCache(store, 10);
  private final EventSourcingRepository<Counter> repository =
      EventSourcingRepository.builder(Counter.class).eventStore(store).cache(cache).build();

  record Counted(String id, int total) {}

  static class Counter {
    @AggregateIdentifier String id;
    int total;

    Counter() {}

    Counter(String id) {
      apply(new Counted(id, 1));
    }

    @EventSourcingHandler
    void on(Counted event) {
      id = event.id();
      total = event.total();
    }
  }

  @Test
  void anUnchangedStreamIsServedFromTheCacheAndAChangedOneIsReplayed() throws Exception {
    inUnitOfWork(() -> repository.newInstance(() -> new Counter("c-1")));
    Counter cached = load("c-1");
    assertThat(load("c-1")).as("served from the cache").isSameAs(cached);

    // Another node appends to the stream: this node's entry is now behind.
    inUnitOfWork(
        () ->
            store.publish(
                new GenericDomainEventMessage<>("Counter", "c-1", 1, new Counted("c-1", 2))));

    Counter replayed = load("c-1");
    assertThat(replayed).as("replayed from the store").isNotSameAs(cached);
    assertThat(replayed.total).isEqualTo(2);
    assertThat(load("c-1")).as("cached again after the replay").isSameAs(replayed);
  }

  @Test
  void anEntryWithoutAnAggregateIsNeverTrusted() {
    cache.put("c-2", "not an aggregate entry");

    assertThat((Object) cache.get("c-2")).isNull();
    assertThat(cache.containsKey("c-2")).isFalse();
  }

  private Counter load(String id) throws Exception {
    Counter[] root = new Counter[1];
    inUnitOfWork(() -> root[0] = repository.load(id).invoke(counter -> counter));
    return root[0];
  }

  private static void inUnitOfWork(ThrowingRunnable work) throws Exception {
    DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    try {
      work.run();
      unitOfWork.commit();
    } catch (Exception e) {
      unitOfWork.rollback(e);
      throw e;
    }
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
