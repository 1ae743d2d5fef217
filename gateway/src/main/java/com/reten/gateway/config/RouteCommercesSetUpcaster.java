package com.reten.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.reten.api.route.RouteCommercesSetEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads a stored revision-1 {@link RouteCommercesSetEvent} ({@code commerceIds}: an ordered list)
 * as revision 2 ({@code stops}: {@code {position, commerceId}} from 1, in the same order). Stored
 * events are never rewritten; every reader — aggregates, processors, the event stream — sees
 * revision 2.
 */
class RouteCommercesSetUpcaster extends SingleEventUpcaster {

  private static final String TYPE = RouteCommercesSetEvent.class.getName();
  private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
  private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation event) {
    return event.getType().equals(REVISION_1);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
    return event.upcastPayload(REVISION_2, JsonNode.class, RouteCommercesSetUpcaster::toStops);
  }

  private static JsonNode toStops(JsonNode payload) {
    ObjectNode event = (ObjectNode) payload;
    JsonNode commerceIds = event.remove("commerceIds");
    ArrayNode stops = event.putArray("stops");
    if (commerceIds != null) {
      for (int i = 0; i < commerceIds.size(); i++) {
        stops.addObject().put("position", i + 1).set("commerceId", commerceIds.get(i));
      }
    }
    return event;
  }
}
