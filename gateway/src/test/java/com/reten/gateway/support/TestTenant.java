package com.reten.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A freshly set-up tenant with a unique slug, for tests of tenant-scoped endpoints: its ADMIN
 * signed in, and members of any role created through {@code POST /api/user} by the SUPER_ADMIN.
 */
public final class TestTenant {

  public static final String MEMBER_PASSWORD = "member-password-1";

  private final ApiClient api;
  private final ApiClient root;
  private final String id;
  private final String slug;

  private TestTenant(ApiClient api, ApiClient root, String slug) {
    this.api = api;
    this.root = root;
    this.slug = slug;
    this.id = Tenants.create(root, slug, email("admin"));
  }

  /** Sets up a tenant as {@code root}; {@code api} is an anonymous client for signing in. */
  public static TestTenant create(ApiClient api, ApiClient root) {
    return new TestTenant(api, root, "t-" + UUID.randomUUID().toString().substring(0, 8));
  }

  public String id() {
    return id;
  }

  /** The e-mail of the tenant's user called {@code name}; the set-up ADMIN is "admin". */
  public String email(String name) {
    return name + "@" + slug + ".test";
  }

  /** The ADMIN named at set-up, signed in and acting in this tenant. */
  public ApiClient admin() {
    return api.signIn(email("admin"), Tenants.ADMIN_PASSWORD).inTenant(id);
  }

  /** The SUPER_ADMIN acting in this tenant. */
  public ApiClient root() {
    return root.inTenant(id);
  }

  /** Creates the member {@code name} with {@code roles} and returns their id. */
  public String addMember(String name, String... roles) {
    ApiResponse created = root().post("/api/user", userBody(email(name), roles));
    assertThat(created.status()).as("creating %s: %s", name, created).isEqualTo(201);
    return created.json().path("id").asText();
  }

  /** Creates the member {@code name} with {@code roles}, signed in and acting in this tenant. */
  public ApiClient member(String name, String... roles) {
    addMember(name, roles);
    return signIn(name);
  }

  public ApiClient signIn(String name) {
    return api.signIn(email(name), MEMBER_PASSWORD).inTenant(id);
  }

  /** A valid {@code POST /api/user} body in snake_case. */
  public static Map<String, Object> userBody(String email, String... roles) {
    return Map.of(
        "email",
        email,
        "password",
        MEMBER_PASSWORD,
        "first_name",
        "Mia",
        "last_name",
        "Lopez",
        "roles",
        List.of(roles));
  }
}
