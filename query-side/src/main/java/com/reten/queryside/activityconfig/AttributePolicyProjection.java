package com.reten.queryside.activityconfig;

import com.reten.api.activityconfig.AttributeKeyView;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicySetEvent;
import com.reten.api.activityconfig.AttributePolicyView;
import com.reten.api.activityconfig.ListAttributePoliciesQuery;
import java.util.Comparator;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** A tenant's attribute policies, one row per configured key. */
@Component
@ProcessingGroup("activity-config")
class AttributePolicyProjection {

  private static final List<String> CATALOG_ORDER =
      AttributeKeys.all().stream().map(AttributeKeyView::key).toList();

  private final AttributePolicyRows policies;

  AttributePolicyProjection(AttributePolicyRows policies) {
    this.policies = policies;
  }

  @EventHandler
  void on(AttributePolicySetEvent event) {
    var row =
        policies
            .findById(event.policyId())
            .orElseGet(
                () ->
                    new AttributePolicyRow(
                        event.policyId(),
                        event.tenantId(),
                        event.attributeKeyId(),
                        event.key(),
                        event.setAt()));
    row.set(event.strategy(), event.resolverType(), event.setAt());
    policies.save(row);
  }

  @ResetHandler
  void reset() {
    policies.deleteAllInBatch();
  }

  /** In catalog order, the order of GET /api/activity-config/attribute-keys. */
  @QueryHandler
  List<AttributePolicyView> handle(ListAttributePoliciesQuery query) {
    return policies.findByTenantId(query.tenantId()).stream()
        .sorted(Comparator.comparingInt(row -> CATALOG_ORDER.indexOf(row.key())))
        .map(AttributePolicyRow::toView)
        .toList();
  }
}
