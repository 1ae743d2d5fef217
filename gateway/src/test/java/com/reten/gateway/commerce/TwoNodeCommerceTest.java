package com.reten.gateway.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.RunningApp;
import com.reten.gateway.support.TaskWorld;
import com.reten.gateway.support.Tenants;
import com.reten.queryside.testsupport.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database: a commerce one node has cached (it loaded it to create an
 * activity) and the other deactivated is seen as inactive by the first at its next creation.
 */
class TwoNodeCommerceTest {

  @Test
  void aCommerceDeactivatedOnOneNodeRefusesActivitiesOnTheOther() {
    String[] args = {
      "--spring.datasource.url=" + TestDatabase.createDatabase(),
      "--spring.datasource.username=" + TestDatabase.user(),
      "--spring.datasource.password=" + TestDatabase.password()
    };
    try (RunningApp first = RunningApp.start(args);
        RunningApp second = RunningApp.start(args)) {
      ApiClient root =
          first.api().signIn(IntegrationTest.ROOT_EMAIL, IntegrationTest.ROOT_PASSWORD);
      TaskWorld world = TaskWorld.create(first.api(), root);
      String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
      world.task("before", "SALESMAN", tomorrow);

      ApiClient onSecond =
          second
              .api()
              .signIn(world.tenant().email("admin"), Tenants.ADMIN_PASSWORD)
              .inTenant(world.tenant().id());
      ApiResponse deactivated =
          onSecond.send("DELETE", "/api/commerces/" + world.commerceId(), null);
      assertThat(deactivated.status()).as("%s", deactivated).isEqualTo(204);

      ApiResponse refused =
          world
              .admin()
              .post(
                  "/api/activities/tasks",
                  Map.of(
                      "reason",
                      "Visit after",
                      "channel",
                      "SALESMAN",
                      "commerce_id",
                      world.commerceId(),
                      "idempotency_key",
                      "after",
                      "scheduled_at",
                      tomorrow,
                      "assigned_route_id",
                      world.routeId(),
                      "assigned_operator_id",
                      world.operatorId()));
      assertThat(refused.status()).as("%s", refused).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).contains("is not active");
    }
  }
}
