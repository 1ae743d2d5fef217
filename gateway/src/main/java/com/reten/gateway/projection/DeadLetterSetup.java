package com.reten.gateway.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's sequenced dead-letter queue for the processors that enable it in application.yml ({@code
 * dlq.enabled}), on the table V22 makes, with failed batches taken apart by {@link
 * DeadLetterIsolation} so that one event's failure parks that event's aggregate only.
 */
@Configuration
class DeadLetterSetup {

  /** Axon's JDBC dead-letter queue reads this schema: the snake_case names of V22. */
  @Bean
  DeadLetterSchema deadLetterSchema() {
    return DeadLetterSchema.builder()
        .deadLetterTable(DeadLetterReads.TABLE)
        .deadLetterIdentifierColumn("dead_letter_id")
        .processingGroupColumn("processing_group")
        .sequenceIdentifierColumn("sequence_identifier")
        .sequenceIndexColumn("sequence_index")
        .messageTypeColumn("message_type")
        .eventIdentifierColumn("event_identifier")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .aggregateTypeColumn("aggregate_type")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .tokenTypeColumn("token_type")
        .tokenColumn("token")
        .enqueuedAtColumn("enqueued_at")
        .lastTouchedColumn("last_touched")
        .processingStartedColumn("processing_started")
        .causeTypeColumn("cause_type")
        .causeMessageColumn("cause_message")
        .diagnosticsColumn("diagnostics")
        .build();
  }

  /**
   * A handler's failure is never enqueued inside the batch's transaction (on PostgreSQL that
   * transaction is already aborted, and the batch's other rows would commit with a half-applied
   * event); it rolls the batch back, and {@link DeadLetterIsolation} parks the event on its own.
   */
  @Bean
  ConfigurerModule deadLetterIsolation() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerDefaultDeadLetterPolicy(c -> DeadLetterIsolation::deferToIsolation)
            .registerDefaultErrorHandler(DeadLetterIsolation::new);
  }
}
