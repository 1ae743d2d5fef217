package com.reten.queryside.activityconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activityconfig.ActivityConfigIds;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicySetEvent;
import com.reten.api.activityconfig.AttributePolicyView;
import com.reten.api.activityconfig.AttributeResolverType;
import com.reten.api.activityconfig.AttributeStrategy;
import com.reten.api.activityconfig.ListAttributePoliciesQuery;
import com.reten.queryside.testsupport.ReadModelTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(AttributePolicyProjection.class)
class AttributePolicyProjectionTest extends ReadModelTest {

  @Autowired AttributePolicyProjection projection;
  @Autowired EntityManager entities;

  private final UUID tenant = UUID.randomUUID();

  @Test
  void aSetPolicyIsListedInItsTenantOnly() {
    set(tenant, AttributeKeys.ROUTE_INFO, AttributeStrategy.ON_DISPATCH, T0);

    var key = AttributeKeys.byKey(AttributeKeys.ROUTE_INFO).get();
    assertThat(list(tenant))
        .containsExactly(
            new AttributePolicyView(
                ActivityConfigIds.attributePolicy(tenant, AttributeKeys.ROUTE_INFO),
                tenant,
                key.id(),
                AttributeKeys.ROUTE_INFO,
                AttributeStrategy.ON_DISPATCH,
                AttributeResolverType.INTERNAL_SERVICE,
                T0,
                T0));
    assertThat(list(UUID.randomUUID())).isEmpty();
  }

  @Test
  void settingAKeyAgainReplacesItsRowKeepingItsCreationTime() {
    set(tenant, AttributeKeys.ROUTE_INFO, AttributeStrategy.ON_DISPATCH, T0);
    set(tenant, AttributeKeys.ROUTE_INFO, AttributeStrategy.UPFRONT, T0.plusSeconds(5));

    assertThat(list(tenant))
        .singleElement()
        .satisfies(
            view -> {
              assertThat(view.strategy()).isEqualTo(AttributeStrategy.UPFRONT);
              assertThat(view.createdAt()).isEqualTo(T0);
              assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(5));
            });
  }

  @Test
  void policiesAreListedInCatalogOrder() {
    set(tenant, AttributeKeys.LAST_RESULT, AttributeStrategy.UPFRONT, T0);
    set(tenant, AttributeKeys.COMMERCE_INFO, AttributeStrategy.UPFRONT, T0);
    set(tenant, AttributeKeys.ROUTE_INFO, AttributeStrategy.UPFRONT, T0);

    assertThat(list(tenant))
        .extracting(AttributePolicyView::key)
        .containsExactly(
            AttributeKeys.COMMERCE_INFO, AttributeKeys.ROUTE_INFO, AttributeKeys.LAST_RESULT);
  }

  @Test
  void aResetEmptiesTheReadModel() {
    set(tenant, AttributeKeys.ROUTE_INFO, AttributeStrategy.UPFRONT, T0);
    projection.reset();
    assertThat(list(tenant)).isEmpty();
  }

  private void set(UUID tenantId, String key, AttributeStrategy strategy, Instant at) {
    projection.on(
        new AttributePolicySetEvent(
            tenantId,
            ActivityConfigIds.attributePolicy(tenantId, key),
            AttributeKeys.byKey(key).get().id(),
            key,
            strategy,
            AttributeResolverType.INTERNAL_SERVICE,
            at));
    entities.flush();
    entities.clear();
  }

  private java.util.List<AttributePolicyView> list(UUID tenantId) {
    return projection.handle(new ListAttributePoliciesQuery(tenantId));
  }
}
