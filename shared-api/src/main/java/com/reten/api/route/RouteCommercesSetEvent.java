package com.reten.api.route;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A route's commerces were replaced.
 *
 * <p>Revision 2 names each stop's position instead of relying on the order of a bare id list
 * (revision 1's {@code commerceIds}), so that consumers outside Java — the event stream, Kafka, SQL
 * over JSON — read the visit order explicitly, and a stop can gain fields additively. Stored
 * revision-1 events are upcast on reading.
 *
 * @param tenantId the route's tenant
 * @param routeId the route
 * @param stops the commerces with their positions, in visit order
 * @param setAt business time
 */
@Revision("2")
public record RouteCommercesSetEvent(
    UUID tenantId, UUID routeId, List<RouteStop> stops, Instant setAt) {

  /** The event for visiting {@code commerceIds} in this order. */
  public static RouteCommercesSetEvent of(
      UUID tenantId, UUID routeId, List<UUID> commerceIds, Instant setAt) {
    List<RouteStop> stops = new ArrayList<>();
    for (int i = 0; i < commerceIds.size(); i++) {
      stops.add(new RouteStop(i + 1, commerceIds.get(i)));
    }
    return new RouteCommercesSetEvent(tenantId, routeId, List.copyOf(stops), setAt);
  }

  /** The commerces in visit order. */
  @JsonIgnore
  public List<UUID> commerceIds() {
    return stops.stream().map(RouteStop::commerceId).toList();
  }
}
