package com.reten.gateway.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.Tenants;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A fresh tenant with its ADMIN signed in, and the commerce calls tests make as that admin. */
final class CommerceTenant {

  final String id;
  final ApiClient admin;

  private CommerceTenant(String id, ApiClient admin) {
    this.id = id;
    this.admin = admin;
  }

  static CommerceTenant create(ApiClient anonymous, ApiClient root, String prefix) {
    String run = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    String email = "admin@" + run + ".test";
    String tenant = Tenants.create(root, run, email);
    return new CommerceTenant(
        tenant, anonymous.signIn(email, Tenants.ADMIN_PASSWORD).inTenant(tenant));
  }

  static Map<String, Object> commerceBody(String externalId, String taxId) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Almacén " + externalId);
    body.put("external_id", externalId);
    if (taxId != null) {
      body.put("tax_id", taxId);
    }
    return body;
  }

  /** Creates a commerce and returns its body; fails the test otherwise. */
  JsonNode commerce(String externalId) {
    ApiResponse created = admin.post("/api/commerces", commerceBody(externalId, null));
    assertThat(created.status()).as("create %s: %s", externalId, created).isEqualTo(201);
    return created.json();
  }

  String commerceId(String externalId) {
    return commerce(externalId).path("id").asText();
  }

  ApiResponse delete(String path) {
    return admin.send("DELETE", path, null);
  }
}
