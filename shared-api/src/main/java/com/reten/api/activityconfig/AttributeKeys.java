package com.reten.api.activityconfig;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The global attribute-key catalog (API.md §4.4). It is fixed by the release, not by an event: ids
 * derive from the key, so they are the same on every node and every database.
 */
public final class AttributeKeys {

  public static final String COMMERCE_INFO = "commerce_info";
  public static final String OPERATOR_INFO = "operator_info";
  public static final String ROUTE_INFO = "route_info";
  public static final String LAST_RESULT = "last_result";
  public static final String PROMOTIONS = "promotions";

  private static final List<AttributeKeyView> CATALOG =
      List.of(
          key(COMMERCE_INFO, "Commerce", "The commerce's name, tax id and primary address"),
          key(OPERATOR_INFO, "Operator", "The assigned operator's name, external id and type"),
          key(ROUTE_INFO, "Route", "The assigned route's name and external id"),
          key(LAST_RESULT, "Last result", "The latest result recorded on this commerce"),
          key(PROMOTIONS, "Promotions", "Promotions to offer; no internal source"));

  private AttributeKeys() {}

  /** Every key, in catalog order. */
  public static List<AttributeKeyView> all() {
    return CATALOG;
  }

  /** The catalog entry of {@code key}, if it is one. */
  public static Optional<AttributeKeyView> byKey(String key) {
    return CATALOG.stream().filter(entry -> entry.key().equals(key)).findFirst();
  }

  /** The catalog entry with {@code id}, if any. */
  public static Optional<AttributeKeyView> byId(UUID id) {
    return CATALOG.stream().filter(entry -> entry.id().equals(id)).findFirst();
  }

  private static AttributeKeyView key(String key, String label, String description) {
    UUID id = UUID.nameUUIDFromBytes(("attribute-key:" + key).getBytes(UTF_8));
    return new AttributeKeyView(id, key, label, description);
  }
}
