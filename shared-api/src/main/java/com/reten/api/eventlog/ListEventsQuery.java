package com.reten.api.eventlog;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Events of one stream in stream order, strictly after {@code afterPosition}, answered with a list
 * of {@link EventLogEntry}. The stream is a tenant's (every event tagged with it), or the platform
 * stream of events that belong to no tenant (users as people, sign-in sessions), which only a
 * SUPER_ADMIN may read.
 *
 * @param tenantId the tenant whose stream to read; {@code null} exactly when {@code platform}
 * @param platform read the platform stream instead of a tenant's
 * @param afterPosition the last position already seen (0: from the start)
 * @param limit at most this many events
 * @param types only events of these type names (simple class names); empty matches all
 * @param aggregateId only events of this aggregate, or {@code null} for all
 */
public record ListEventsQuery(
    UUID tenantId,
    boolean platform,
    long afterPosition,
    int limit,
    List<String> types,
    String aggregateId) {

  public ListEventsQuery {
    if (platform != (tenantId == null)) {
      throw new IllegalArgumentException("A stream is either a tenant's or the platform's");
    }
    types = List.copyOf(Objects.requireNonNullElse(types, List.of()));
  }
}
