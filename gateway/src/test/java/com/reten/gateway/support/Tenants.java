package com.reten.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Tenant set-up requests as tests send them. */
public final class Tenants {

  public static final String ADMIN_PASSWORD = "admin-password-1";

  private Tenants() {}

  /** A valid {@code POST /api/tenant/setup} body in snake_case. */
  public static Map<String, Object> setupBody(String slug, String adminEmail) {
    return Map.of(
        "name",
        "Tenant " + slug,
        "slug",
        slug,
        "admin_email",
        adminEmail,
        "admin_password",
        ADMIN_PASSWORD,
        "admin_first_name",
        "Ana",
        "admin_last_name",
        "Diaz");
  }

  /** Sets up a tenant as {@code superAdmin} and returns its id; fails the test otherwise. */
  public static String create(ApiClient superAdmin, String slug, String adminEmail) {
    ApiResponse created = superAdmin.post("/api/tenant/setup", setupBody(slug, adminEmail));
    assertThat(created.status()).as("setup of %s: %s", slug, created).isEqualTo(201);
    return created.json().path("id").asText();
  }
}
