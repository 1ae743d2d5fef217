package com.reten.commandside.route;

import com.reten.commandside.common.Metadata;
import java.util.Map;

/** A route's changeable details: name trimmed, metadata without {@code null} values. */
record RouteDetails(String name, String description, Map<String, Object> metadata) {

  static RouteDetails of(String name, String description, Map<String, Object> metadata) {
    return new RouteDetails(trim(name), description, Metadata.merge(null, metadata));
  }

  /** These details with every non-{@code null} change applied and metadata merged. */
  RouteDetails patched(String name, String description, Map<String, Object> metadata) {
    return new RouteDetails(
        name == null ? this.name : trim(name),
        description == null ? this.description : description,
        Metadata.merge(this.metadata, metadata));
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }
}
