package com.reten.queryside.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.reten.api.audit.SecretNames;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place that decides which event fields leave Reten: every payload published outside the
 * event store (the event stream API, Kafka) goes through {@link #redactedJson}. Secrets are
 * recognised by field name, at any depth, so events added later are covered without listing them:
 * password, key and token hashes, secrets, credentials, ciphertexts and plaintext keys. Their value
 * becomes {@value #REDACTED}; the field itself stays, so consumers see that it exists.
 */
public final class SecretRedaction {

  public static final String REDACTED = "[REDACTED]";

  /** Payload JSON as the event store writes it: ISO-8601 instants, nulls kept. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private SecretRedaction() {}

  /** The payload as JSON, every secret field's value replaced by {@value #REDACTED}. */
  public static JsonNode redactedJson(Object payload) {
    JsonNode tree = JSON.valueToTree(payload);
    redact(tree);
    return tree;
  }

  /** A payload's stored JSON, every secret field's value replaced by {@value #REDACTED}. */
  public static JsonNode redactedJson(byte[] storedJson) {
    try {
      JsonNode tree = JSON.readTree(storedJson);
      redact(tree);
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException("A stored event payload is not JSON", e);
    }
  }

  private static void redact(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object
          .properties()
          .forEach(
              field -> {
                if (SecretNames.isSecret(field.getKey()) && !field.getValue().isNull()) {
                  field.setValue(TextNode.valueOf(REDACTED));
                } else {
                  redact(field.getValue());
                }
              });
    } else if (node instanceof ArrayNode array) {
      array.forEach(SecretRedaction::redact);
    }
  }
}
