package com.reten.gateway.activityconfig;

import com.reten.api.activityconfig.AttributeKeyView;
import com.reten.api.activityconfig.AttributeKeys;
import com.reten.api.activityconfig.AttributePolicyView;
import com.reten.api.activityconfig.ListAttributePoliciesQuery;
import com.reten.api.activityconfig.SetAttributePolicyCommand;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Activity config: attributes",
    description =
        "The global attribute-key catalog and the active tenant's policy per key: when an"
            + " activity's attribute is resolved (strategy) and by whom (resolverType). A key"
            + " without a policy is resolved UPFRONT by INTERNAL_SERVICE.")
@RestController
@RequestMapping("/api/activity-config")
class AttributeConfigController {

  private final Commands commands;
  private final QueryGateway queries;
  private final Clock clock;

  AttributeConfigController(Commands commands, QueryGateway queries, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
  }

  @Operation(
      operationId = "listAttributeKeys",
      summary = "The attribute-key catalog",
      description =
          "Every key Reten knows, the same for every tenant: commerce_info, operator_info,"
              + " route_info, last_result, promotions. Ids are fixed (derived from the key), so a"
              + " client may keep them.")
  @GetMapping("/attribute-keys")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<AttributeKeyView> keys() {
    return AttributeKeys.all();
  }

  @Operation(
      operationId = "listAttributePolicies",
      summary = "The tenant's attribute policies",
      description =
          "One per key the tenant has set, in catalog order. Keys not listed use the default:"
              + " strategy UPFRONT, resolverType INTERNAL_SERVICE.")
  @GetMapping("/attribute-policies")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<AttributePolicyResponse> policies(Caller caller) {
    return list(caller).stream().map(AttributePolicyResponse::of).toList();
  }

  @Operation(
      operationId = "setAttributePolicy",
      summary = "Set the policy of one attribute key",
      description =
          "Upsert per key: 200 with the policy, whose id stays the same across changes; sending"
              + " the values it already has changes nothing. attribute_key_id, strategy"
              + " (resolution_strategy is accepted too) and resolver_type are required."
              + " 404 when attribute_key_id is not in the catalog (GET"
              + " /api/activity-config/attribute-keys). 400 for combinations that cannot work:"
              + " strategy CALLER_PROVIDED with a resolver other than CALLER_PROVIDED (a caller's"
              + " value is resolved by no one), resolver CALLER_PROVIDED with another strategy,"
              + " and INTERNAL_SERVICE for promotions (Reten has no source for it).")
  @PostMapping("/attribute-policies")
  @RequiresPermission(Permission.MANAGE_ACTIVITY_CONFIG)
  AttributePolicyResponse set(
      @Valid @RequestBody SetAttributePolicyRequest request, Caller caller) {
    commands.send(
        new SetAttributePolicyCommand(
            caller.tenantId(),
            request.attributeKeyId(),
            request.strategy(),
            request.resolverType(),
            clock.instant()));
    return list(caller).stream()
        .filter(policy -> policy.attributeKeyId().equals(request.attributeKeyId()))
        .findFirst()
        .map(AttributePolicyResponse::of)
        .orElseThrow(() -> RetenException.notFound("Attribute policy"));
  }

  private List<AttributePolicyView> list(Caller caller) {
    return queries
        .query(
            new ListAttributePoliciesQuery(caller.tenantId()),
            ResponseTypes.multipleInstancesOf(AttributePolicyView.class))
        .join();
  }
}
