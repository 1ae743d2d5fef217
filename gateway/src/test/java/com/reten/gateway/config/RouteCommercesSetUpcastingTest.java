package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.api.route.RouteCommercesSetEvent;
import com.reten.api.route.RouteStop;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A revision-1 RouteCommercesSetEvent, stored byte for byte as the revision-1 code wrote it, is
 * read as revision 2 by everything that reads the event store.
 */
class RouteCommercesSetUpcastingTest extends IntegrationTest {

  private static final UUID TENANT = UUID.fromString("5b0c2f4e-7d7a-4f55-9a51-0f1e2d3c4b5a");
  private static final UUID ROUTE = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
  private static final UUID FIRST = UUID.fromString("11111111-1111-4111-8111-111111111111");
  private static final UUID SECOND = UUID.fromString("22222222-2222-4222-8222-222222222222");

  @Autowired EventStore eventStore;

  @Test
  void aStoredRevisionOneEventIsReadAsRevisionTwoByTheStoreAndTheStream() throws IOException {
    storeRevisionOne();

    List<? extends DomainEventMessage<?>> events =
        eventStore.readEvents(ROUTE.toString()).asStream().toList();

    assertThat(events)
        .singleElement()
        .extracting(DomainEventMessage::getPayload)
        .isEqualTo(
            new RouteCommercesSetEvent(
                TENANT,
                ROUTE,
                List.of(new RouteStop(1, FIRST), new RouteStop(2, SECOND)),
                Instant.parse("2026-11-29T10:00:00Z")));
    assertThat(((RouteCommercesSetEvent) events.get(0).getPayload()).commerceIds())
        .containsExactly(FIRST, SECOND);

    JsonNode event =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(this::routeEvent, found -> !found.isMissingNode());

    assertThat(event.path("revision").asText()).isEqualTo("2");
    assertThat(event.path("payload").has("commerceIds")).isFalse();
    assertThat(event.path("payload").path("stops").get(1).path("position").asInt()).isEqualTo(2);
    assertThat(event.path("payload").path("stops").get(1).path("commerceId").asText())
        .isEqualTo(SECOND.toString());
  }

  private JsonNode routeEvent() {
    ApiResponse page = asRoot().inTenant(TENANT).get("/api/events?aggregate_id=" + ROUTE);
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    return page.json().path("data").path(0);
  }

  /** Inserts the revision-1 JSON file into the event store as-is, as the old code stored it. */
  private void storeRevisionOne() throws IOException {
    byte[] payload;
    try (InputStream file =
        getClass().getResourceAsStream("/stored-events/RouteCommercesSetEvent-rev1.json")) {
      payload = file.readAllBytes();
    }
    String metadata =
        "{\"tenantId\":\"" + TENANT + "\",\"actorType\":\"SYSTEM\",\"actorId\":\"reten\"}";
    jdbc.update(
        "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type,"
            + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
            + " VALUES (?, 0, 'Route', ?, ?, ?, '1', ?, '2026-11-29T10:00:00Z')",
        ROUTE.toString(),
        UUID.randomUUID().toString(),
        metadata.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        payload,
        RouteCommercesSetEvent.class.getName());
  }
}
