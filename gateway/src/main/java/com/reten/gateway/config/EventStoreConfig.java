package com.reten.gateway.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event store as its Spring Boot auto-configuration builds it, with gaps bounded and
 * stream reads outside transactions ({@link PlainReadsStorageEngine}).
 *
 * <p>Every rolled-back append (a duplicate idempotency key answered 409, a concurrent modification)
 * leaves a hole in the global index, which every tracking token carries as a "gap" until it is
 * filled or timed out, and every fetched event carries its own copy of the token. With Axon's
 * defaults (gaps checked only beyond 250 per token, kept for 60 s, 10,000 events cached) a burst of
 * 409s held millions of gap entries: the app exhausted a 256 MB heap and stopped answering, and
 * without a heap cap grew past 1.5 GB (measured with wrk, 16 clients reusing keys). Gaps are now
 * checked beyond a handful and time out sooner, and only the last 100 events are cached (each holds
 * its own copy of its token's gaps). A long transaction is the other source: while it is open,
 * processors read past its indexes, each token carrying up to 10,000 gaps (Axon's max gap offset,
 * kept so a 7,000-event commerce sync is never skipped).
 */
@Configuration
class EventStoreConfig {

  @Bean
  EventStorageEngine eventStorageEngine(
      Serializer defaultSerializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      org.axonframework.config.Configuration configuration,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      EventSchema eventSchema,
      EventStoreProperties properties) {
    return PlainReadsStorageEngine.build(
        JdbcEventStorageEngine.builder()
            .snapshotSerializer(defaultSerializer)
            .upcasterChain(configuration.upcasterChain())
            .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
            .eventSerializer(eventSerializer)
            .snapshotFilter(configuration.snapshotFilter())
            .connectionProvider(connectionProvider)
            .schema(eventSchema)
            .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
            .gapCleaningThreshold(properties.gapCleaningThreshold()),
        transactionManager);
  }

  @Bean
  EmbeddedEventStore eventStore(
      EventStorageEngine storageEngine,
      org.axonframework.config.Configuration configuration,
      EventStoreProperties properties) {
    return EmbeddedEventStore.builder()
        .storageEngine(storageEngine)
        .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
        .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
        .cachedEvents(properties.cachedEvents())
        .build();
  }
}
