package com.reten.commandside.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.commandside.commerce.CommerceUserSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What resolution may read about one activity's commerce, operator and route, on the command side.
 * Attribute values are JSON-shaped (maps, strings, numbers), so that an event replayed from the
 * store equals the one applied.
 */
interface ActivityDirectory {

  /** Every user of the commerce, active or not, in the order they were added. */
  List<CommerceUserSnapshot> commerceUsers();

  /** See {@link CommerceContactHistory#lastContactedUser}. */
  Optional<UUID> lastContactedUser(ActivityChannel channelOrNull);

  /** {@code {name, taxId, primaryAddress}}; the address holds only its parts that are set. */
  Map<String, Object> commerceInfo();

  /** {@code {id, name, externalId, type}} of the assigned operator, if there is one. */
  Optional<Map<String, Object>> operatorInfo();

  /** {@code {id, name, externalId}} of the assigned route, if there is one. */
  Optional<Map<String, Object>> routeInfo();

  /** See {@link CommerceContactHistory#lastResult}. */
  Optional<Map<String, Object>> lastResult();
}
