package com.reten.gateway.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.audit.EventMetadata;
import com.reten.api.user.FindCallerQuery;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Axon on PostgreSQL: JDBC event and token stores on the Flyway-made tables, Jackson for every
 * serializer, request metadata copied onto every event, and projection failures that stop loudly.
 */
@Configuration
class AxonConfig {

  /**
   * One Jackson serializer for events, messages and tokens, with its own mapper: the web layer's
   * mapper may change how the API reads and writes JSON, but must never change stored events.
   */
  private static final Serializer JACKSON =
      JacksonSerializer.builder()
          .objectMapper(
              new ObjectMapper()
                  .registerModule(new JavaTimeModule())
                  .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                  .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
          .build();

  @Bean
  @Primary
  Serializer serializer() {
    return JACKSON;
  }

  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer() {
    return JACKSON;
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer() {
    return JACKSON;
  }

  /**
   * Axon's query bus as its auto-configuration builds it, but with no transaction around the
   * queries answered by one statement (see {@link QueryTransactions}). {@code CallerQueries} and
   * {@code ActivityProjection} answer these two with one JDBC statement each; {@code
   * HotPathStatementsTest} counts them.
   */
  @Bean
  SimpleQueryBus queryBus(
      org.axonframework.config.Configuration axon, TransactionManager transactions) {
    return SimpleQueryBus.builder()
        .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
        .transactionManager(
            new QueryTransactions(
                transactions, Set.of(FindCallerQuery.class, FindActivityQuery.class)))
        .errorHandler(
            axon.getComponent(
                QueryInvocationErrorHandler.class,
                () -> LoggingQueryInvocationErrorHandler.builder().build()))
        .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
        .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
        .build();
  }

  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .timestampColumn("time_stamp")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  @Bean
  TokenSchema tokenSchema() {
    return TokenSchema.builder()
        .setTokenTable("token_entry")
        .setProcessorNameColumn("processor_name")
        .setSegmentColumn("segment")
        .setTokenColumn("token")
        .setTokenTypeColumn("token_type")
        .setTimestampColumn("timestamp")
        .setOwnerColumn("owner")
        .build();
  }

  /**
   * Axon's JDBC token store as its auto-configuration builds it, but with a claim owner unique to
   * this application instance. Axon's default owner is the JVM's name, shared by two instances in
   * one JVM (as the two-node tests run them): both would then hold every segment and apply every
   * event twice.
   */
  @Bean
  TokenStore tokenStore(
      ConnectionProvider connectionProvider,
      Serializer serializer,
      TokenSchema tokenSchema,
      TokenStoreProperties properties) {
    return JdbcTokenStore.builder()
        .connectionProvider(connectionProvider)
        .schema(tokenSchema)
        .serializer(serializer)
        .claimTimeout(properties.getClaimTimeout())
        .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
        .build();
  }

  /** Copies the request's tenant, actor, correlation id and time onto every event it causes. */
  @Bean
  CorrelationDataProvider requestMetadataProvider() {
    return new SimpleCorrelationDataProvider(
        EventMetadata.TENANT_ID,
        EventMetadata.ACTOR_TYPE,
        EventMetadata.ACTOR_ID,
        EventMetadata.CORRELATION_ID,
        EventMetadata.TIMESTAMP);
  }

  /**
   * Axon's own origin tracking under keys that do not clash with {@code correlationId}, which here
   * is the request id.
   */
  @Bean
  CorrelationDataProvider messageOriginProvider() {
    return new MessageOriginProvider("causationId", "traceId");
  }

  /**
   * Upcasters turn stored old revisions of events into their current record, in order of revision;
   * Axon's Spring Boot support chains every such bean into the event store. This one is first in
   * the chain, so that later upcasters never see the character either.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  EventUpcaster nulStrippingUpcaster() {
    return new NulStrippingUpcaster();
  }

  @Bean
  EventUpcaster routeCommercesSetUpcaster() {
    return new RouteCommercesSetUpcaster();
  }

  @Bean
  ConfigurerModule loudProjectionErrors() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerDefaultListenerInvocationErrorHandler(c -> new LoudProjectionErrorHandler());
  }
}
