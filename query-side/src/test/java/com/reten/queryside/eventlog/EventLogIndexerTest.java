package com.reten.queryside.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.reten.api.audit.EventMetadata;
import com.reten.api.eventlog.EventLogEntry;
import com.reten.api.eventlog.ListEventsQuery;
import com.reten.api.session.SessionStartedEvent;
import com.reten.api.tenant.TenantRenamedEvent;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@Import({EventLogIndexer.class, EventLogQueries.class, EventLogIndexerTest.EventSerializer.class})
class EventLogIndexerTest extends ReadModelTest {

  /** The event store's serializer as the application configures it (Jackson, ISO instants). */
  @TestConfiguration
  static class EventSerializer {
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
      return JacksonSerializer.builder()
          .objectMapper(
              new ObjectMapper()
                  .registerModule(new JavaTimeModule())
                  .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
          .build();
    }
  }

  @Autowired EventLogIndexer indexer;
  @Autowired EventLogQueries queries;

  private final UUID acme = UUID.randomUUID();
  private final UUID globex = UUID.randomUUID();

  @Test
  void eachTenantReadsOnlyItsEventsInOrder() {
    for (int i = 0; i < 6; i++) {
      record(renamed(i % 2 == 0 ? acme : globex, "name-" + i, i / 2));
    }

    List<EventLogEntry> acmeEvents = queries.handle(all(acme, 0));

    assertThat(acmeEvents)
        .extracting(EventLogEntry::payload)
        .allMatch(payload -> payload.contains(acme.toString()));
    assertThat(acmeEvents).extracting(EventLogEntry::sequence).containsExactly(0L, 1L, 2L);
    assertThat(acmeEvents.get(0).eventType()).isEqualTo("TenantRenamedEvent");
    assertThat(acmeEvents.get(0).aggregateType()).isEqualTo("Tenant");
    assertThat(acmeEvents.get(0).revision()).isEqualTo("1");
    assertThat(acmeEvents.get(0).actorType()).isEqualTo("USER");
    assertThat(acmeEvents.get(0).correlationId()).isEqualTo("req-1");
    long second = acmeEvents.get(1).position();
    assertThat(queries.handle(all(acme, second)))
        .extracting(EventLogEntry::position)
        .containsExactly(acmeEvents.get(2).position());
    assertThat(queries.handle(all(globex, 0))).hasSize(3);
  }

  @Test
  void aRedeliveredEventIsNotRecordedTwice() {
    var event = renamed(acme, "once", 0);
    record(event);
    record(event);

    assertThat(queries.handle(all(acme, 0))).hasSize(1);
  }

  @Test
  void eventsWithoutATenantFormThePlatformStreamAndTheirSecretsAreRedacted() {
    UUID user = UUID.randomUUID();
    record(new GenericEventMessage<>(new SessionStartedEvent(user, user, "abc123", T0, T0)));
    record(renamed(acme, "tenant event", 0));

    List<EventLogEntry> platform =
        queries.handle(new ListEventsQuery(null, true, 0, 10, List.of(), null));

    assertThat(platform)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.eventType()).isEqualTo("SessionStartedEvent");
              assertThat(entry.aggregateId()).isNull();
              assertThat(entry.sequence()).isNull();
              assertThat(entry.payload())
                  .contains("\"tokenHash\":\"[REDACTED]\"")
                  .doesNotContain("abc123");
            });
  }

  @Test
  void theEventsOfAUnitOfWorkAreWrittenInOrderAsItCommits() {
    var unitOfWork = DefaultUnitOfWork.startAndGet(null);
    for (int i = 0; i < 3; i++) {
      var event = renamed(acme, "batch-" + i, i);
      indexer.on(event, unitOfWork);
    }
    assertThat(queries.handle(all(acme, 0))).as("nothing before the commit").isEmpty();

    unitOfWork.commit();

    assertThat(queries.handle(all(acme, 0)))
        .extracting(EventLogEntry::sequence)
        .containsExactly(0L, 1L, 2L);
  }

  @Test
  void typesAndAggregateFilter() {
    record(renamed(acme, "a", 0));
    var other =
        new GenericDomainEventMessage<>(
            "Tenant", "other", 0, new TenantRenamedEvent(acme, "b", T0));
    record(other);

    assertThat(queries.handle(new ListEventsQuery(acme, false, 0, 10, List.of(), "other")))
        .extracting(EventLogEntry::aggregateId)
        .containsExactly("other");
    assertThat(
            queries.handle(
                new ListEventsQuery(acme, false, 0, 10, List.of("TenantRenamedEvent"), null)))
        .hasSize(2);
    assertThat(queries.handle(new ListEventsQuery(acme, false, 0, 10, List.of("Nope"), null)))
        .isEmpty();
    assertThat(queries.handle(new ListEventsQuery(acme, false, 0, 1, List.of(), null))).hasSize(1);
  }

  /** One event handled as the processor handles it: in a unit of work that then commits. */
  private void record(EventMessage<?> event) {
    var unitOfWork = DefaultUnitOfWork.startAndGet(event);
    indexer.on(event, unitOfWork);
    unitOfWork.commit();
  }

  private GenericDomainEventMessage<TenantRenamedEvent> renamed(
      UUID tenant, String name, long seq) {
    return new GenericDomainEventMessage<>(
        "Tenant",
        tenant.toString(),
        seq,
        new TenantRenamedEvent(tenant, name, T0),
        Map.of(
            EventMetadata.TENANT_ID,
            tenant.toString(),
            EventMetadata.ACTOR_TYPE,
            "USER",
            EventMetadata.ACTOR_ID,
            "u-1",
            EventMetadata.CORRELATION_ID,
            "req-1"));
  }

  private static ListEventsQuery all(UUID tenant, long after) {
    return new ListEventsQuery(tenant, false, after, 1000, List.of(), null);
  }
}
