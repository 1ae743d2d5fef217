package com.reten.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.api.audit.EventMetadata;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store's global index is assigned at insert and becomes visible at commit, so a slow
 * transaction can commit a LOWER index after a reader has already seen a higher one. The stream
 * must still deliver that event to a reader holding the later cursor.
 */
class EventLogGapTest extends IntegrationTest {

  /** A test-only event: the stream carries every event type, known to it or not. */
  record GapProbeEvent(UUID tenantId, String label) {}

  @Autowired EventStore eventStore;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void anEventCommittedLateWithALowerIndexIsNotSkipped() throws Exception {
    TestTenant tenant = TestTenant.create(api, asRoot());
    ApiClient admin = tenant.admin();
    String head = page(admin, "").path("nextCursor").asText();
    UUID slowId = UUID.randomUUID();
    UUID fastId = UUID.randomUUID();
    CountDownLatch slowInserted = new CountDownLatch(1);
    CountDownLatch mayCommit = new CountDownLatch(1);

    CompletableFuture<Void> slow =
        CompletableFuture.runAsync(
            () ->
                inTransaction(
                    () -> {
                      publish(tenant, slowId, "slow");
                      slowInserted.countDown();
                      awaitLatch(mayCommit);
                    }));
    assertThat(slowInserted.await(20, TimeUnit.SECONDS)).isTrue();
    inTransaction(() -> publish(tenant, fastId, "fast"));

    JsonNode seen =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> page(admin, head), p -> !labels(p).isEmpty());
    assertThat(labels(seen)).containsExactly("fast");
    String cursor = seen.path("nextCursor").asText();

    mayCommit.countDown();
    slow.get(20, TimeUnit.SECONDS);

    JsonNode late =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> page(admin, cursor), p -> !labels(p).isEmpty());
    assertThat(labels(late)).containsExactly("slow");
    assertThat(globalIndex(slowId)).isLessThan(globalIndex(fastId));
    assertThat(labels(page(admin, head))).containsExactly("fast", "slow");
  }

  private void publish(TestTenant tenant, UUID aggregateId, String label) {
    UUID tenantId = UUID.fromString(tenant.id());
    eventStore.publish(
        new GenericDomainEventMessage<>(
            "GapProbe",
            aggregateId.toString(),
            0,
            new GapProbeEvent(tenantId, label),
            MetaData.with(EventMetadata.TENANT_ID, tenantId.toString())));
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
  }

  private long globalIndex(UUID aggregateId) {
    return jdbc.queryForObject(
        "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
        Long.class,
        aggregateId.toString());
  }

  private static JsonNode page(ApiClient admin, String after) {
    ApiResponse response = admin.get("/api/events?limit=1000&after=" + after);
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    return response.json();
  }

  private static List<String> labels(JsonNode page) {
    List<String> labels = new ArrayList<>();
    page.withArray("data")
        .forEach(
            event -> {
              if (event.path("eventType").asText().equals("GapProbeEvent")) {
                labels.add(event.path("payload").path("label").asText());
              }
            });
    return labels;
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The test never let the slow transaction commit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
