package com.reten.commandside.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityDetails;
import com.reten.api.commerce.AddressDetails;
import com.reten.commandside.commerce.Commerce;
import com.reten.commandside.commerce.CommerceUserSnapshot;
import com.reten.commandside.common.Aggregates;
import com.reten.commandside.operator.Operator;
import com.reten.commandside.route.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An activity's directory read from the aggregates when asked: a resolution that needs no operator
 * never loads one. Loading an aggregate twice in one unit of work returns the same instance.
 */
final class AggregateDirectory implements ActivityDirectory {

  private final ActivityDirectories source;
  private final UUID tenantId;
  private final ActivityDetails details;

  AggregateDirectory(ActivityDirectories source, UUID tenantId, ActivityDetails details) {
    this.source = source;
    this.tenantId = tenantId;
    this.details = details;
  }

  @Override
  public List<CommerceUserSnapshot> commerceUsers() {
    return commerce().invoke(Commerce::users);
  }

  @Override
  public Optional<UUID> lastContactedUser(ActivityChannel channelOrNull) {
    return source.history.lastContactedUser(tenantId, details.commerceId(), channelOrNull);
  }

  @Override
  public Map<String, Object> commerceInfo() {
    var profile = commerce().invoke(Commerce::profile);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("name", profile.name());
    info.put("taxId", profile.taxId());
    info.put(
        "primaryAddress", profile.primaryAddress().map(AggregateDirectory::address).orElse(null));
    return info;
  }

  @Override
  public Optional<Map<String, Object>> operatorInfo() {
    if (details.operatorId() == null) {
      return Optional.empty();
    }
    var operator =
        Aggregates.loadOrNotFound(source.operators, details.operatorId(), null, "Operator")
            .invoke(Operator::snapshot);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("id", operator.operatorId().toString());
    info.put("name", operator.name());
    info.put("externalId", operator.externalId());
    info.put("type", operator.type().name());
    return Optional.of(info);
  }

  @Override
  public Optional<Map<String, Object>> routeInfo() {
    if (details.routeId() == null) {
      return Optional.empty();
    }
    var route =
        Aggregates.loadOrNotFound(source.routes, details.routeId(), null, "Route")
            .invoke(Route::snapshot);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("id", route.routeId().toString());
    info.put("name", route.name());
    info.put("externalId", route.externalId());
    return Optional.of(info);
  }

  @Override
  public Optional<Map<String, Object>> lastResult() {
    return source.history.lastResult(tenantId, details.commerceId());
  }

  private org.axonframework.modelling.command.Aggregate<Commerce> commerce() {
    return Aggregates.loadOrNotFound(source.commerces, details.commerceId(), null, "Commerce");
  }

  /** The address's parts that are set, by their response names. */
  private static Map<String, Object> address(AddressDetails a) {
    Map<String, Object> parts = new LinkedHashMap<>();
    put(parts, "addressAlias", a.addressAlias());
    put(parts, "street", a.street());
    put(parts, "streetNumber", a.streetNumber());
    put(parts, "unit", a.unit());
    put(parts, "city", a.city());
    put(parts, "commune", a.commune());
    put(parts, "region", a.region());
    put(parts, "countryCode", a.countryCode());
    put(parts, "formattedAddress", a.formattedAddress());
    put(parts, "latitude", a.latitude());
    put(parts, "longitude", a.longitude());
    return parts;
  }

  private static void put(Map<String, Object> parts, String name, Object value) {
    if (value != null) {
      parts.put(name, value);
    }
  }
}
