package com.reten.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.TestTenant;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A tenant ready to dispatch, set up over HTTP as its admin would: a commerce with a primary
 * address, an operator linked to a route, and helpers to configure providers and create tasks.
 */
final class DispatchSetup {

  final TestTenant tenant;
  final ApiClient admin;
  final String commerce;
  final String operator;
  final String route;

  private DispatchSetup(TestTenant tenant) {
    this.tenant = tenant;
    this.admin = tenant.admin();
    this.commerce =
        created(
            admin.post("/api/commerces", Map.of("name", "Almacén Rosa", "external_id", "ERP-1")));
    // A COMMERCE_REP, so activities for it are created READY (default target resolution).
    created(
        admin.post(
            "/api/commerces/" + commerce + "/users",
            Map.of("name", "Rosa Díaz", "roles", java.util.List.of("COMMERCE_REP"))));
    created(
        admin.post(
            "/api/commerces/" + commerce + "/addresses",
            Map.of(
                "source", "RETEN",
                "street", "Av. Providencia",
                "street_number", "1234",
                "city", "Santiago",
                "country_code", "CL",
                "is_primary", true)));
    this.operator =
        created(
            admin.post(
                "/api/operators",
                Map.of("type", "SALESMAN", "name", "Ana Diaz", "external_id", "E-1")));
    this.route =
        created(admin.post("/api/routes", Map.of("name", "North loop", "external_id", "R-1")));
    ApiResponse linked =
        admin.post("/api/routes/" + route + "/operators", Map.of("operatorId", operator));
    assertThat(linked.status()).as("%s", linked).isIn(200, 201);
  }

  static DispatchSetup create(ApiClient anonymous, ApiClient root) {
    return new DispatchSetup(TestTenant.create(anonymous, root));
  }

  String tenantId() {
    return tenant.id();
  }

  /** A YOM config for SALESMAN at {@code baseUrl}; the signing secret may be null. */
  String configureYom(String baseUrl, String apiKey, String signingSecret) {
    Map<String, Object> settings = new HashMap<>();
    if (signingSecret != null) {
      settings.put("signingSecret", signingSecret);
    }
    return created(
        admin.post(
            "/api/dispatch-configs",
            Map.of(
                "dispatch_provider_id",
                DispatchConfigFlowTest.providerId(admin, "YOM"),
                "channel",
                "SALESMAN",
                "base_url",
                baseUrl,
                "credentials",
                Map.of("apiKey", apiKey),
                "settings",
                settings)));
  }

  String configureMock(String channel) {
    return created(
        admin.post(
            "/api/dispatch-configs",
            Map.of(
                "dispatch_provider_id",
                DispatchConfigFlowTest.providerId(admin, "MOCK"),
                "channel",
                channel)));
  }

  /** A SALESMAN task on the route, due at {@code scheduledAt}. */
  String task(String key, Instant scheduledAt) {
    return taskVia(admin, key, scheduledAt);
  }

  /** As {@link #task}, created through {@code client} (another node, another member). */
  String taskVia(ApiClient client, String key, Instant scheduledAt) {
    Map<String, Object> body = new HashMap<>();
    body.put("reason", "Restock visit");
    body.put("channel", "SALESMAN");
    body.put("commerce_id", commerce);
    body.put("idempotency_key", key);
    body.put("scheduled_at", scheduledAt.toString());
    body.put("assigned_route_id", route);
    body.put("assigned_operator_id", operator);
    return created(client.post("/api/activities/tasks", body));
  }

  String message(String key, String channel, Instant scheduledAt) {
    return created(
        admin.post(
            "/api/activities/messages",
            Map.of(
                "reason",
                "Promotion",
                "channel",
                channel,
                "commerce_id",
                commerce,
                "idempotency_key",
                key,
                "scheduled_at",
                scheduledAt.toString())));
  }

  JsonNode activity(String id) {
    return admin.get("/api/activities/" + id).json();
  }

  String status(String id) {
    return activity(id).path("status").asText();
  }

  JsonNode statusEvents(String id) {
    return admin.get("/api/activities/" + id + "/status-events").json();
  }

  static String created(ApiResponse response) {
    assertThat(response.status()).as("create: %s", response).isEqualTo(201);
    return response.json().path("id").asText();
  }
}
