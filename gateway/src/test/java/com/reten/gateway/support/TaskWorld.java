package com.reten.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.reten.api.activity.ActivityDispatchedEvent;
import com.reten.api.audit.EventMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * A tenant with what tasks need — a commerce C-1, an operator OP-1 linked to a route — for tests of
 * results and the Task Integration API, and a way to stand in for dispatch.
 */
public final class TaskWorld {

  private final ApiClient api;
  private final TestTenant tenant;
  private final ApiClient admin;
  private final String commerceId;
  private final String operatorId;
  private final String routeId;

  private TaskWorld(ApiClient api, ApiClient root) {
    this.api = api;
    this.tenant = TestTenant.create(api, root);
    this.admin = tenant.admin();
    this.commerceId = commerce("C-1");
    this.operatorId =
        created(
            admin.post(
                "/api/operators",
                Map.of("type", "SALESMAN", "name", "Ana Diaz", "external_id", "OP-1")));
    this.routeId = created(admin.post("/api/routes", Map.of("name", "North")));
    ApiResponse linked =
        admin.post("/api/routes/" + routeId + "/operators", Map.of("operatorId", operatorId));
    assertThat(linked.status()).as("%s", linked).isIn(200, 201);
  }

  public static TaskWorld create(ApiClient api, ApiClient root) {
    return new TaskWorld(api, root);
  }

  public TestTenant tenant() {
    return tenant;
  }

  public UUID tenantId() {
    return UUID.fromString(tenant.id());
  }

  public ApiClient admin() {
    return admin;
  }

  public String commerceId() {
    return commerceId;
  }

  public String routeId() {
    return routeId;
  }

  public String operatorId() {
    return operatorId;
  }

  /**
   * Another commerce of the tenant, by its external id, with a COMMERCE_REP, so activities for it
   * are created READY.
   */
  public String commerce(String externalId) {
    String id =
        created(
            admin.post(
                "/api/commerces",
                Map.of("name", "Store " + externalId, "external_id", externalId)));
    created(
        admin.post(
            "/api/commerces/" + id + "/users",
            Map.of("name", "Rep " + externalId, "roles", java.util.List.of("COMMERCE_REP"))));
    return id;
  }

  /** A READY task of C-1 on SALESMAN, assigned to OP-1's route. */
  public String task(String idempotencyKey) {
    return created(admin.post("/api/activities/tasks", taskBody(idempotencyKey)));
  }

  public String task(String idempotencyKey, String channel, String scheduledAt) {
    return created(
        admin.post("/api/activities/tasks", taskBody(idempotencyKey, channel, scheduledAt)));
  }

  /** The body {@link #task(String)} posts, for tests that send it themselves. */
  public Map<String, Object> taskBody(String idempotencyKey) {
    return taskBody(idempotencyKey, "SALESMAN", "2026-12-01T10:00:00Z");
  }

  private Map<String, Object> taskBody(String idempotencyKey, String channel, String scheduledAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("reason", "Visit " + idempotencyKey);
    body.put("channel", channel);
    body.put("commerce_id", commerceId);
    body.put("idempotency_key", idempotencyKey);
    body.put("scheduled_at", scheduledAt);
    body.put("assigned_route_id", routeId);
    body.put("assigned_operator_id", operatorId);
    return body;
  }

  /** A client authenticated by a new API key of the tenant's admin with {@code permissions}. */
  public ApiClient key(String... permissions) {
    ApiResponse created =
        admin.post(
            "/api/api-keys", Map.of("name", "integration", "permissions", List.of(permissions)));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return api.withHeader("x-api-key", created.json().path("plaintextKey").asText());
  }

  /**
   * Stands in for a provider's acceptance without a provider: appends the {@code
   * ActivityDispatchedEvent} dispatch would, through Axon's event store (so every projection and
   * the provider id lookup see it), and waits until the activity reads DISPATCHED.
   */
  public void dispatch(EventStore events, String activityId, String providerActivityId) {
    long next = events.lastSequenceNumberFor(activityId).orElseThrow() + 1;
    var event =
        new ActivityDispatchedEvent(
            tenantId(),
            UUID.fromString(activityId),
            UUID.randomUUID(),
            providerActivityId,
            1,
            Instant.now());
    var metadata =
        MetaData.with(EventMetadata.TENANT_ID, tenant.id())
            .and(EventMetadata.ACTOR_TYPE, "SYSTEM")
            .and(EventMetadata.ACTOR_ID, "dispatch-stand-in");
    events.publish(new GenericDomainEventMessage<>("Activity", activityId, next, event, metadata));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> admin.get("/api/activities/" + activityId).json().path("status").asText(),
            "DISPATCHED"::equals);
  }

  public static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
