package com.reten.gateway.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.api.audit.EventMetadata;
import com.reten.api.tenant.TenantRenamedEvent;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Events stored before the API refused U+0000 still carry it. They are read with the character
 * removed, so projections apply them (PostgreSQL text cannot hold it) and a replay rebuilds past
 * them.
 */
class StoredNulEventsTest extends IntegrationTest {

  @Autowired private EventStore events;

  @Test
  void aStoredEventWithNulIsAppliedWithoutItLiveAndOnReplay() {
    ApiClient root = asRoot();
    TestTenant tenant = TestTenant.create(api, root);
    String id = tenant.id();
    long next = events.lastSequenceNumberFor(id).orElseThrow() + 1;
    var renamed = new TenantRenamedEvent(UUID.fromString(id), "Acme\u0000 Chile", Instant.now());
    var metadata =
        MetaData.with(EventMetadata.TENANT_ID, id)
            .and(EventMetadata.ACTOR_TYPE, "SYSTEM")
            .and(EventMetadata.ACTOR_ID, "before-the-edge-check");
    events.publish(new GenericDomainEventMessage<>("Tenant", id, next, renamed, metadata));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> root.get("/api/tenant/" + id).json().path("name").asText().equals("Acme Chile"));
    assertThat(jdbc.queryForObject("SELECT count(*) FROM " + DeadLetterReads.TABLE, Integer.class))
        .isZero();

    assertThat(root.post("/api/admin/projections/tenants/replay", Map.of()).status())
        .isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                root.get("/api/admin/projections/tenants")
                    .json()
                    .path("replay")
                    .path("finishedAt")
                    .isTextual());
    JsonNode replay = root.get("/api/admin/projections/tenants").json().path("replay");
    assertThat(replay.path("status").asText()).as("%s", replay).isEqualTo("SUCCEEDED");
    assertThat(root.get("/api/tenant/" + id).json().path("name").asText()).isEqualTo("Acme Chile");
  }
}
