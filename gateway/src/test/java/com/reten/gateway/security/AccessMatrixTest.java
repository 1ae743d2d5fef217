package com.reten.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the application registers and calls it the way an attacker would: without
 * credentials (401), and with a valid user of another tenant (403). Only the documented public
 * routes may answer otherwise, so no endpoint can ship unguarded.
 */
class AccessMatrixTest extends IntegrationTest {

  private static final Set<String> DOCUMENTED_PUBLIC =
      Set.of(
          "POST /api/auth/login",
          "POST /api/auth/refresh",
          "POST /api/auth/logout",
          "GET /api/health");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Route(String method, String pattern, AccessRule rule) {
    String path() {
      return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  @Test
  void onlyTheDocumentedRoutesArePublic() {
    List<String> publicRoutes =
        routes().stream().filter(route -> route.rule().isPublic()).map(Route::toString).toList();

    assertThat(publicRoutes).containsExactlyInAnyOrderElementsOf(DOCUMENTED_PUBLIC);
  }

  @Test
  void everyGuardedRouteRefusesAnonymousCallers() {
    for (Route route : guardedRoutes()) {
      assertThat(api.send(route.method(), route.path(), "{}").status())
          .as("anonymous %s", route)
          .isEqualTo(401);
    }
  }

  @Test
  void everyTenantRouteRefusesAMemberOfAnotherTenant() {
    ApiClient root = asRoot();
    String mine = Tenants.create(root, "matrix-mine", "admin@matrix-mine.test");
    String theirs = Tenants.create(root, "matrix-theirs", "admin@matrix-theirs.test");
    ApiClient admin = api.signIn("admin@matrix-mine.test", Tenants.ADMIN_PASSWORD);
    String key =
        admin
            .inTenant(mine)
            .post(
                "/api/api-keys",
                java.util.Map.of("name", "matrix", "permissions", List.of("VIEW_ACTIVITIES")))
            .json()
            .path("plaintextKey")
            .asText();
    ApiClient userOutsider = admin.inTenant(theirs);
    ApiClient keyOutsider = api.withHeader("x-api-key", key).inTenant(theirs);

    List<Route> tenantRoutes =
        guardedRoutes().stream().filter(route -> route.rule().tenantScoped()).toList();
    assertThat(tenantRoutes).isNotEmpty();
    for (Route route : tenantRoutes) {
      ApiClient outsider =
          route.pattern().startsWith("/api/integration/") ? keyOutsider : userOutsider;
      assertThat(outsider.send(route.method(), route.path(), "{}").status())
          .as("%s from another tenant", route)
          .isEqualTo(403);
    }
  }

  private List<Route> guardedRoutes() {
    return routes().stream().filter(route -> !route.rule().isPublic()).toList();
  }

  /** Every Reten route with a declared rule (the probe's deliberately unguarded one excepted). */
  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (AccessRules.governs(method) && !unguardedProbe(method)) {
                addRoutes(routes, info, AccessRules.of(method));
              }
            });
    return routes;
  }

  private static void addRoutes(List<Route> routes, RequestMappingInfo info, AccessRule rule) {
    for (String pattern : info.getPatternValues()) {
      for (RequestMethod method : info.getMethodsCondition().getMethods()) {
        routes.add(new Route(method.name(), pattern, rule));
      }
    }
  }

  private static boolean unguardedProbe(HandlerMethod method) {
    return method.getMethod().getName().equals("unguarded");
  }
}
