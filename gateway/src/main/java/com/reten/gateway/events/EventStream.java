package com.reten.gateway.events;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.eventlog.ListEventsQuery;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which events a request reads: a tenant's stream or the platform's, narrowed by event types and
 * one aggregate. Built from the request's parameters, refusing malformed ones with a 400.
 */
record EventStream(UUID tenantId, List<String> types, String aggregateId) {

  private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,199}");
  private static final int MAX_TYPES = 50;

  /** A tenant's stream, or the platform stream when {@code tenantId} is {@code null}. */
  static EventStream of(UUID tenantId, String types, String aggregateId) {
    return new EventStream(tenantId, typeNames(types), aggregateId(aggregateId));
  }

  ListEventsQuery after(long position, int limit) {
    return new ListEventsQuery(tenantId, tenantId == null, position, limit, types, aggregateId);
  }

  private static List<String> typeNames(String types) {
    if (types == null || types.isBlank()) {
      return List.of();
    }
    List<String> names =
        Arrays.stream(types.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (names.size() > MAX_TYPES) {
      throw invalid("types may name at most " + MAX_TYPES + " event types");
    }
    names.stream()
        .filter(name -> !TYPE_NAME.matcher(name).matches())
        .findFirst()
        .ifPresent(
            bad -> {
              throw invalid("types: '" + bad + "' is not an event type name");
            });
    return names;
  }

  private static String aggregateId(String aggregateId) {
    if (aggregateId == null || aggregateId.isBlank()) {
      return null;
    }
    // Every aggregate's id is a UUID: anything else names none, so it is a client's mistake.
    try {
      return UUID.fromString(aggregateId.trim()).toString();
    } catch (IllegalArgumentException notUuid) {
      throw invalid("aggregate_id must be a UUID");
    }
  }

  private static RetenException invalid(String message) {
    return new RetenException(ErrorCode.VALIDATION_FAILED, message);
  }
}
