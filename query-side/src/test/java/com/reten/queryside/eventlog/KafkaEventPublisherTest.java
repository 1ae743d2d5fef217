package com.reten.queryside.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.audit.EventMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** How one event becomes one Kafka record; delivery itself is KafkaPublicationTest's. */
class KafkaEventPublisherTest {

  @Revision("2")
  record SampleEvent(UUID tenantId, String name, String keyHash) {}

  private final KafkaEventPublisher publisher =
      new KafkaEventPublisher(null, "reten.events", Duration.ofSeconds(1));

  @Test
  void aDomainEventIsKeyedByItsAggregateWithEveryHeaderAndNoSecret() {
    UUID tenant = UUID.randomUUID();
    var event =
        new GenericDomainEventMessage<>(
            "Commerce",
            "commerce-1",
            3,
            new SampleEvent(tenant, "Rosa", "deadbeef"),
            MetaData.with(EventMetadata.CORRELATION_ID, "req-1"));

    ProducerRecord<String, byte[]> record = publisher.recordOf(event);

    assertThat(record.topic()).isEqualTo("reten.events");
    assertThat(record.key()).isEqualTo("commerce-1");
    assertThat(header(record, "eventId")).isEqualTo(event.getIdentifier());
    assertThat(header(record, "tenant")).isEqualTo(tenant.toString());
    assertThat(header(record, "type")).isEqualTo("SampleEvent");
    assertThat(header(record, "revision")).isEqualTo("2");
    assertThat(header(record, "occurredAt")).isEqualTo(event.getTimestamp().toString());
    assertThat(header(record, "correlation")).isEqualTo("req-1");
    assertThat(new String(record.value(), StandardCharsets.UTF_8))
        .contains("\"name\":\"Rosa\"")
        .contains("\"keyHash\":\"[REDACTED]\"")
        .doesNotContain("deadbeef");
  }

  @Test
  void anEventOfNoAggregateIsKeyedByItsIdAndAbsentValuesHaveNoHeader() {
    var event =
        GenericEventMessage.asEventMessage(new SampleEvent(null, "platform", null))
            .withMetaData(Map.of());

    ProducerRecord<String, byte[]> record = publisher.recordOf(event);

    assertThat(record.key()).isEqualTo(event.getIdentifier());
    assertThat(record.headers().lastHeader("tenant")).isNull();
    assertThat(record.headers().lastHeader("correlation")).isNull();
    assertThat(header(record, "type")).isEqualTo("SampleEvent");
  }

  private static String header(ProducerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
