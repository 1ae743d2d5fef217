package com.reten.queryside.eventlog;

import com.reten.api.audit.EventMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes every event, whatever its type, to Kafka: key the aggregate id (events of no aggregate:
 * the event id), value the payload as JSON with its secrets redacted, and headers {@code tenant},
 * {@code type}, {@code revision}, {@code occurredAt}, {@code correlation} and {@code eventId} (for
 * consumers to drop the rare re-delivery). A header with no value (a platform event has no tenant)
 * is left out.
 *
 * <p>At-least-once: each send waits for the broker's acknowledgement, so the processor's token
 * advances only past events Kafka holds; a failed send throws, the processor logs it at ERROR and
 * retries from its token with back-off. Ordered: the processor has one segment and one thread, so
 * records go out in the event store's global order, which keeps every aggregate's order on its
 * partition. Built only by {@link KafkaPublicationConfig}.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
class KafkaEventPublisher {

  static final String PROCESSING_GROUP = "kafka-publisher";

  private final KafkaTemplate<String, byte[]> kafka;
  private final String topic;
  private final Duration sendTimeout;

  KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, String topic, Duration sendTimeout) {
    this.kafka = kafka;
    this.topic = topic;
    this.sendTimeout = sendTimeout;
  }

  @EventHandler
  void on(Object anyPayload, EventMessage<?> event)
      throws ExecutionException, InterruptedException, TimeoutException {
    kafka.send(recordOf(event)).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  ProducerRecord<String, byte[]> recordOf(EventMessage<?> event) {
    String key =
        event instanceof DomainEventMessage<?> domain
            ? domain.getAggregateIdentifier()
            : event.getIdentifier();
    byte[] value =
        SecretRedaction.redactedJson(event.getPayload())
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    var record = new ProducerRecord<>(topic, key, value);
    Headers headers = record.headers();
    add(headers, "eventId", event.getIdentifier());
    add(headers, "tenant", EventLogIndexer.tenantOf(event).map(Object::toString).orElse(null));
    add(headers, "type", event.getPayloadType().getSimpleName());
    Revision revision = event.getPayloadType().getAnnotation(Revision.class);
    add(headers, "revision", revision == null ? null : revision.value());
    add(headers, "occurredAt", DateTimeFormatter.ISO_INSTANT.format(event.getTimestamp()));
    Object correlation = event.getMetaData().get(EventMetadata.CORRELATION_ID);
    add(headers, "correlation", correlation == null ? null : correlation.toString());
    return record;
  }

  private static void add(Headers headers, String name, String value) {
    if (value != null) {
      headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }
}
