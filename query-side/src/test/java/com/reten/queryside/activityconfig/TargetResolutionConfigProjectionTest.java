package com.reten.queryside.activityconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activityconfig.FindTargetResolutionConfigQuery;
import com.reten.api.activityconfig.ListTargetResolutionConfigsQuery;
import com.reten.api.activityconfig.TargetCriterion;
import com.reten.api.activityconfig.TargetCriterionType;
import com.reten.api.activityconfig.TargetResolutionConfigCreatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigDeletedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigReactivatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigUpdatedEvent;
import com.reten.api.activityconfig.TargetResolutionConfigView;
import com.reten.api.activityconfig.TargetResolutionRule;
import com.reten.api.activityconfig.TargetResolutionStrategy;
import com.reten.queryside.testsupport.ReadModelTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(TargetResolutionConfigProjection.class)
class TargetResolutionConfigProjectionTest extends ReadModelTest {

  static final TargetResolutionRule RULE =
      new TargetResolutionRule(
          TargetResolutionStrategy.ON_DISPATCH,
          false,
          true,
          List.of(
              new TargetCriterion(TargetCriterionType.ROLE_MATCH, Map.of("role", "OWNER"), 0),
              new TargetCriterion(TargetCriterionType.LAST_CONTACTED_SAME_CHANNEL, Map.of(), 1)));

  @Autowired TargetResolutionConfigProjection projection;
  @Autowired EntityManager entities;

  private final UUID tenant = UUID.randomUUID();

  @Test
  void aCreatedConfigIsFoundWithItsRuleInItsTenantOnly() {
    UUID id = create(3);

    assertThat(find(tenant, id))
        .contains(new TargetResolutionConfigView(id, tenant, RULE, 3, true, T0, T0, 0));
    assertThat(find(UUID.randomUUID(), id)).isEmpty();
    assertThat(list(UUID.randomUUID())).isEmpty();
  }

  @Test
  void everyChangeShowsWithItsTimeAndCountsOneVersion() {
    UUID id = create(3);
    var changed = new TargetResolutionRule(TargetResolutionStrategy.MANUAL, true, true, List.of());
    apply(new TargetResolutionConfigUpdatedEvent(tenant, id, changed, 7, T0.plusSeconds(1)));
    apply(new TargetResolutionConfigDeactivatedEvent(tenant, id, T0.plusSeconds(2)));

    assertThat(find(tenant, id))
        .contains(
            new TargetResolutionConfigView(
                id, tenant, changed, 7, false, T0, T0.plusSeconds(2), 2));

    apply(new TargetResolutionConfigReactivatedEvent(tenant, id, T0.plusSeconds(3)));
    assertThat(find(tenant, id).orElseThrow().active()).isTrue();
    assertThat(find(tenant, id).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void theListIsByPriorityThenActiveFirstThenOldestFirst() {
    UUID five = create(5);
    UUID inactiveOne = create(1);
    apply(new TargetResolutionConfigDeactivatedEvent(tenant, inactiveOne, T0));
    UUID one = create(1);
    UUID zero = create(0);

    assertThat(list(tenant))
        .extracting(TargetResolutionConfigView::id)
        .containsExactly(zero, one, inactiveOne, five);
  }

  @Test
  void aDeletedConfigIsGone() {
    UUID id = create(0);
    apply(new TargetResolutionConfigDeletedEvent(tenant, id, T0.plusSeconds(1)));

    assertThat(find(tenant, id)).isEmpty();
    assertThat(list(tenant)).isEmpty();
  }

  private UUID create(int priority) {
    UUID id = UUID.randomUUID();
    apply(new TargetResolutionConfigCreatedEvent(tenant, id, RULE, priority, T0));
    return id;
  }

  private void apply(Object event) {
    if (event instanceof TargetResolutionConfigCreatedEvent e) {
      projection.on(e);
    } else if (event instanceof TargetResolutionConfigUpdatedEvent e) {
      projection.on(e);
    } else if (event instanceof TargetResolutionConfigDeactivatedEvent e) {
      projection.on(e);
    } else if (event instanceof TargetResolutionConfigReactivatedEvent e) {
      projection.on(e);
    } else {
      projection.on((TargetResolutionConfigDeletedEvent) event);
    }
    entities.flush();
    entities.clear();
  }

  private java.util.Optional<TargetResolutionConfigView> find(UUID tenantId, UUID id) {
    return projection.handle(new FindTargetResolutionConfigQuery(tenantId, id));
  }

  private List<TargetResolutionConfigView> list(UUID tenantId) {
    return projection.handle(new ListTargetResolutionConfigsQuery(tenantId));
  }
}
