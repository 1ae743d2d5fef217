package com.reten.gateway.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The schema rules of the OpenAPI document that {@link ContractDocs} applies. */
final class SchemaDocs {

  static final String REF_PREFIX = "#/components/schemas/";

  private SchemaDocs() {}

  static Stream<Schema<?>> requestSchemas(Operation operation) {
    return operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
        ? Stream.empty()
        : operation.getRequestBody().getContent().values().stream().map(MediaType::getSchema);
  }

  static Stream<Schema<?>> responseSchemas(Operation operation) {
    return operation.getResponses().values().stream()
        .filter(response -> response.getContent() != null)
        .flatMap(response -> response.getContent().values().stream())
        .map(MediaType::getSchema);
  }

  static Stream<Schema<?>> parameterSchemas(Operation operation) {
    return operation.getParameters() == null
        ? Stream.empty()
        : operation.getParameters().stream().map(parameter -> (Schema<?>) parameter.getSchema());
  }

  /** The names of the component schemas {@code roots} refer to, directly or through others. */
  @SuppressWarnings("rawtypes")
  static Set<String> reachable(Stream<Schema<?>> roots, Map<String, Schema> schemas) {
    Set<String> seen = new HashSet<>();
    roots.forEach(root -> reach(root, schemas, seen));
    return seen;
  }

  @SuppressWarnings("rawtypes")
  private static void reach(Schema<?> schema, Map<String, Schema> schemas, Set<String> seen) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      if (seen.add(name)) {
        reach(schemas.get(name), schemas, seen);
      }
      return;
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(property -> reach(property, schemas, seen));
    }
    reach(schema.getItems(), schemas, seen);
    if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      reach(values, schemas, seen);
    }
    Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
        .filter(Objects::nonNull)
        .flatMap(List::stream)
        .forEach(part -> reach(part, schemas, seen));
  }

  /** The schemas reachable from request bodies only get the contract's snake_case names. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void snakeCaseRequests(OpenAPI api, List<Operation> operations) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    Set<String> requests =
        reachable(operations.stream().flatMap(SchemaDocs::requestSchemas), schemas);
    requests.removeAll(
        reachable(operations.stream().flatMap(SchemaDocs::responseSchemas), schemas));
    for (String name : requests) {
      Schema<?> schema = schemas.get(name);
      if (schema == null || schema.getProperties() == null) {
        continue;
      }
      Map<String, Schema> renamed = new LinkedHashMap<>();
      schema
          .getProperties()
          .forEach((property, value) -> renamed.put(FieldNames.snake(property), value));
      ((Schema) schema).setProperties(renamed);
      if (schema.getRequired() != null) {
        schema.setRequired(schema.getRequired().stream().map(FieldNames::snake).toList());
      }
    }
  }

  /**
   * A property the schema does not require may be sent or answered as null (Reten reads null as
   * absent and writes null for an unset value); a referenced schema used that way is nullable
   * wherever it is referenced, since OpenAPI 3.0 ignores a $ref's siblings. A bare object (a Java
   * {@code Object} or {@code Map} value) is any JSON value. Patterns use Java's whole-string match
   * and inline flags; JSON Schema patterns search and have no flags, so they are rewritten.
   */
  @SuppressWarnings("rawtypes")
  static void nullableAndPortable(Map<String, Schema> schemas) {
    new ArrayList<>(schemas.values()).forEach(schema -> nullableAndPortable(schema, schemas));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void nullableAndPortable(Schema<?> schema, Map<String, Schema> schemas) {
    if (schema == null) {
      return;
    }
    if (schema.getPattern() != null) {
      schema.setPattern(PortablePatterns.of(schema.getPattern()));
    }
    nullableAndPortable(schema.getItems(), schemas);
    if (schema.getItems() != null && isBareObject(schema.getItems())) {
      schema.setItems(new Schema<>());
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> values && isBareObject(values)) {
      schema.setAdditionalProperties(true);
    }
    if (schema.getProperties() == null) {
      return;
    }
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
    properties.forEach(
        (name, property) -> {
          nullableAndPortable(property, schemas);
          if (isBareObject(property)) {
            properties.put(name, new Schema<>().description(property.getDescription()));
          } else if (required.contains(name)) {
            return;
          } else if (property.get$ref() != null) {
            schemas.get(property.get$ref().substring(REF_PREFIX.length())).setNullable(true);
          } else {
            property.setNullable(true);
          }
        });
    ((Schema) schema).setProperties(properties);
  }

  private static boolean isBareObject(Schema<?> schema) {
    return "object".equals(schema.getType())
        && schema.getProperties() == null
        && schema.getAdditionalProperties() == null
        && schema.get$ref() == null
        && schema.getAllOf() == null;
  }
}
