package com.reten.gateway.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The {@code @JsonAlias} spellings request bodies accept (Reten's public docs use some of them), by
 * schema (a record's simple name, as springdoc names schemas) and property, so the OpenAPI document
 * can list them. {@link OperationDocs} records each request body's records; {@link ContractDocs}
 * writes them into the schemas.
 */
@Component
class RequestAliases {

  private final Map<String, Map<String, Set<String>>> bySchema = new ConcurrentHashMap<>();

  /** Records {@code type}'s aliases and those of the records it holds. */
  void record(Type type) {
    Class<?> record = recordOf(type);
    if (record == null || bySchema.containsKey(record.getSimpleName())) {
      return;
    }
    Map<String, Set<String>> properties = new ConcurrentHashMap<>();
    bySchema.put(record.getSimpleName(), properties);
    for (RecordComponent component : record.getRecordComponents()) {
      JsonAlias alias = field(record, component).getAnnotation(JsonAlias.class);
      if (alias != null) {
        String name = FieldNames.snake(component.getName());
        Set<String> names = new LinkedHashSet<>();
        for (String value : alias.value()) {
          names.add(FieldNames.snake(value));
        }
        names.remove(name);
        if (!names.isEmpty()) {
          properties.put(name, names);
        }
      }
      record(component.getGenericType());
    }
  }

  /**
   * Each alias becomes a property of its own, described as such; a required property that has
   * aliases can be sent under any of its names, so it is no longer listed as required.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void writeInto(Map<String, Schema> schemas) {
    bySchema.forEach(
        (schemaName, properties) -> {
          Schema<?> schema = schemas.get(schemaName);
          if (schema == null || schema.getProperties() == null) {
            return;
          }
          Map<String, Schema> withAliases = new LinkedHashMap<>(schema.getProperties());
          properties.forEach(
              (name, names) -> {
                Schema<?> canonical = withAliases.get(name);
                if (canonical == null) {
                  return;
                }
                boolean required =
                    schema.getRequired() != null && schema.getRequired().contains(name);
                if (required) {
                  List<String> rest = new ArrayList<>(schema.getRequired());
                  rest.remove(name);
                  schema.setRequired(rest.isEmpty() ? null : rest);
                }
                String note =
                    (required ? "Required: here or" : "May also be sent")
                        + " under its alias "
                        + String.join(" or ", names)
                        + ".";
                canonical.setDescription(
                    canonical.getDescription() == null
                        ? note
                        : canonical.getDescription() + " " + note);
                for (String alias : names) {
                  Schema<Object> copy = new Schema<>().description("Alias of " + name + ".");
                  if (canonical.get$ref() != null) {
                    copy.set$ref(canonical.get$ref());
                  }
                  copy.type(canonical.getType())
                      .format(canonical.getFormat())
                      .maxLength(canonical.getMaxLength())
                      .setEnum((List) canonical.getEnum());
                  withAliases.put(alias, copy);
                }
              });
          ((Schema) schema).setProperties(withAliases);
        });
  }

  private static Class<?> recordOf(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        Class<?> record = recordOf(argument);
        if (record != null) {
          return record;
        }
      }
      return null;
    }
    return type instanceof Class<?> c && c.isRecord() ? c : null;
  }

  private static Field field(Class<?> record, RecordComponent component) {
    try {
      return record.getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e); // every record component has its field
    }
  }
}
