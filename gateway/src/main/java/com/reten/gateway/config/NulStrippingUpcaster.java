package com.reten.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads every stored event with U+0000 removed from its strings and field names. The API refuses
 * the character now, but events stored before that carry it, and PostgreSQL cannot hold it in a
 * text column: a projection could never apply them, nor a replay rebuild past them. Stored events
 * are never rewritten; every reader (aggregates, processors, the event stream) sees the character
 * gone. Events without it — all but a few — are only scanned for the escape, never parsed here.
 */
class NulStrippingUpcaster extends SingleEventUpcaster {

  private static final byte[] ESCAPE = "\\u0000".getBytes(StandardCharsets.US_ASCII);

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation event) {
    return hasNulEscape(event.getData(byte[].class).getData());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
    return event.upcastPayload(event.getType(), JsonNode.class, NulStrippingUpcaster::strip);
  }

  /** Whether the JSON text holds {@code \u0000} as an escape, not as escaped-backslash text. */
  static boolean hasNulEscape(byte[] json) {
    for (int i = 0; i <= json.length - ESCAPE.length; i++) {
      if (json[i] == '\\' && matchesAt(json, i) && precededByEvenBackslashes(json, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] json, int at) {
    for (int k = 1; k < ESCAPE.length; k++) {
      if (json[at + k] != ESCAPE[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean precededByEvenBackslashes(byte[] json, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && json[i] == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  static JsonNode strip(JsonNode node) {
    if (node.isTextual()) {
      return TextNode.valueOf(withoutNul(node.textValue()));
    }
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode(node.size());
      node.forEach(element -> array.add(strip(element)));
      return array;
    }
    if (node.isObject()) {
      ObjectNode object = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        object.set(withoutNul(field.getKey()), strip(field.getValue()));
      }
      return object;
    }
    return node;
  }

  private static String withoutNul(String text) {
    return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
  }
}
