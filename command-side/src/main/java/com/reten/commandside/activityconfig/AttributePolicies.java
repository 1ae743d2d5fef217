package com.reten.commandside.activityconfig;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.reten.api.activityconfig.ActivityConfigIds;
import com.reten.api.activityconfig.AttributeKeyView;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicyRule;
import com.reten.api.activityconfig.AttributePolicySetEvent;
import com.reten.api.activityconfig.SetAttributePolicyCommand;
import com.reten.api.error.RetenException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A tenant's attribute policies, one per catalog key. One aggregate per tenant, created by the
 * first policy set; its id derives from the tenant ({@link ActivityConfigIds}).
 */
@Aggregate
class AttributePolicies {

  @AggregateIdentifier private UUID policiesId;
  private final Map<String, AttributePolicyRule> policies = new HashMap<>();

  protected AttributePolicies() {}

  /** Upsert: setting the values a key already has changes nothing. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(SetAttributePolicyCommand command, ActivitySettingsTable table) {
    AttributeKeyView key =
        AttributeKeys.byId(command.attributeKeyId())
            .orElseThrow(() -> RetenException.notFound("Attribute key"));
    var policy = new AttributePolicyRule(key.key(), command.strategy(), command.resolverType());
    AttributePolicyRules.requireSensible(policy);
    if (policy.equals(policies.get(key.key()))) {
      return;
    }
    apply(
        new AttributePolicySetEvent(
            command.tenantId(),
            ActivityConfigIds.attributePolicy(command.tenantId(), key.key()),
            key.id(),
            key.key(),
            policy.strategy(),
            policy.resolverType(),
            command.at()));
    table.savePolicy(command.tenantId(), policy);
  }

  @EventSourcingHandler
  void on(AttributePolicySetEvent event) {
    policiesId = ActivityConfigIds.attributePolicies(event.tenantId());
    policies.put(
        event.key(), new AttributePolicyRule(event.key(), event.strategy(), event.resolverType()));
  }
}
