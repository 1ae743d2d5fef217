package com.reten.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tenant seeded for the run through the public API: commerces (each with a COMMERCE_REP, so
 * default target resolution succeeds), one operator linked to one route.
 *
 * @param root the bootstrap SUPER_ADMIN's API
 * @param api the tenant admin's API
 * @param tenantId the tenant
 * @param commerceIds its commerces
 * @param operatorId the operator
 * @param routeId the route the operator is linked to
 */
record BenchTenant(
    Api root,
    Api api,
    String tenantId,
    List<String> commerceIds,
    String operatorId,
    String routeId) {

  static final String ADMIN_PASSWORD = "bench-admin-password-1";

  static BenchTenant seed(Api anonymous, int commerces) {
    String root =
        anonymous
            .post(
                "/auth/login",
                Map.of("identifier", "admin@reten.local", "password", "reten-admin-password"))
            .expect(200)
            .body()
            .path("accessToken")
            .asText();
    String slug = "bench-" + Instant.now().toEpochMilli();
    String tenantId =
        anonymous
            .as(root, null)
            .post(
                "/tenant/setup",
                Map.of(
                    "name",
                    "Bench",
                    "slug",
                    slug,
                    "admin_email",
                    "admin@" + slug + ".test",
                    "admin_password",
                    ADMIN_PASSWORD,
                    "admin_first_name",
                    "Bench",
                    "admin_last_name",
                    "Admin"))
            .expect(201)
            .body()
            .path("id")
            .asText();
    String token =
        anonymous
            .post(
                "/auth/login",
                Map.of("identifier", "admin@" + slug + ".test", "password", ADMIN_PASSWORD))
            .expect(200)
            .body()
            .path("accessToken")
            .asText();
    Api api = anonymous.as(token, tenantId);
    return new BenchTenant(
            anonymous.as(root, null), api, tenantId, commerces(api, commerces), null, null)
        .withRoute();
  }

  private static List<String> commerces(Api api, int count) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(
          Map.of(
              "external_id", "B-" + i,
              "name", "Bench store " + i,
              "users",
                  List.of(
                      Map.of(
                          "external_id",
                          "rep-" + i,
                          "name",
                          "Rep " + i,
                          "roles",
                          List.of("COMMERCE_REP"),
                          "contacts",
                          List.of(
                              Map.of(
                                  "contact_type",
                                  "EMAIL",
                                  "value",
                                  "rep" + i + "@bench.test",
                                  "is_primary",
                                  true))))));
    }
    api.post("/commerces/sync", Map.of("items", items)).expect(201);
    List<String> ids = new ArrayList<>();
    for (var commerce : api.get("/commerces?limit=100").expect(200).body().path("data")) {
      ids.add(commerce.path("id").asText());
    }
    return ids;
  }

  private BenchTenant withRoute() {
    String operator =
        api.post("/operators", Map.of("type", "SALESMAN", "name", "Bench Operator"))
            .expect(201)
            .body()
            .path("id")
            .asText();
    String route =
        api.post("/routes", Map.of("name", "Bench route")).expect(201).body().path("id").asText();
    api.post("/routes/" + route + "/operators", Map.of("operatorId", operator, "role", "LEAD"))
        .expect(201);
    return new BenchTenant(root, api, tenantId, commerceIds, operator, route);
  }
}
