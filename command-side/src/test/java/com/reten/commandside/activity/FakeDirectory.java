package com.reten.commandside.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.commerce.CommerceRole;
import com.reten.commandside.commerce.CommerceUserSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A directory a resolver unit test fills in. */
final class FakeDirectory implements ActivityDirectory {

  final List<CommerceUserSnapshot> users = new ArrayList<>();
  final Map<Optional<ActivityChannel>, UUID> lastContacted = new HashMap<>();
  Map<String, Object> commerce = Map.of("name", "Almacén Rosa");
  Map<String, Object> operator;
  Map<String, Object> route;
  Map<String, Object> lastResult;

  FakeDirectory user(UUID id, String name, boolean active, CommerceRole... roles) {
    users.add(new CommerceUserSnapshot(id, name, active, Set.of(roles)));
    return this;
  }

  @Override
  public List<CommerceUserSnapshot> commerceUsers() {
    return users;
  }

  @Override
  public Optional<UUID> lastContactedUser(ActivityChannel channelOrNull) {
    return Optional.ofNullable(lastContacted.get(Optional.ofNullable(channelOrNull)));
  }

  @Override
  public Map<String, Object> commerceInfo() {
    return commerce;
  }

  @Override
  public Optional<Map<String, Object>> operatorInfo() {
    return Optional.ofNullable(operator);
  }

  @Override
  public Optional<Map<String, Object>> routeInfo() {
    return Optional.ofNullable(route);
  }

  @Override
  public Optional<Map<String, Object>> lastResult() {
    return Optional.ofNullable(lastResult);
  }
}
