package com.reten.queryside.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Any JSON value (object, array or scalar) to and from its text. Hibernate's JSON type maps a
 * column to one Java type, and an attribute's value has none: it is whatever the caller sent.
 */
@Converter
class JsonValueConverter implements AttributeConverter<Object, String> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String convertToDatabaseColumn(Object value) {
    try {
      return value == null ? null : JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Attribute value is not JSON", e);
    }
  }

  @Override
  public Object convertToEntityAttribute(String json) {
    try {
      return json == null ? null : JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored attribute value is not JSON", e);
    }
  }
}
