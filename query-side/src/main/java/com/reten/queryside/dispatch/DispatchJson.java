package com.reten.queryside.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.dispatch.SchemaField;
import java.util.List;
import java.util.Map;

/** JSONB columns of the dispatch read models. */
final class DispatchJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final TypeReference<List<SchemaField>> FIELDS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private DispatchJson() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a read-model column", e);
    }
  }

  static List<SchemaField> fields(String json) {
    return read(json, FIELDS);
  }

  static Map<String, Object> object(String json) {
    return read(json, OBJECT);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a read-model column", e);
    }
  }
}
