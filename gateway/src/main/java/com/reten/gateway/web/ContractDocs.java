package com.reten.gateway.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Finishes the generated OpenAPI document so that it describes what the server does and generated
 * clients work: the error body on every error response, request schemas in the snake_case the
 * contract documents (camelCase is accepted too) with their aliases, a property that may be absent
 * may also be null, Java-only regex syntax rewritten portably ({@link SchemaDocs}), streams typed
 * as text, tags defined and sorted, and schemas nothing refers to dropped. A duplicate operationId
 * fails the document.
 */
@Component
class ContractDocs implements OpenApiCustomizer {

  static final String ERROR_SCHEMA = "ApiError";
  private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

  private final RequestAliases aliases;

  ContractDocs(RequestAliases aliases) {
    this.aliases = aliases;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void customise(OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    schemas.putAll(ModelConverters.getInstance().readAll(ApiError.class));
    List<Operation> operations =
        api.getPaths().values().stream().flatMap(path -> path.readOperations().stream()).toList();
    Set<String> operationIds = new HashSet<>();
    for (Operation operation : operations) {
      if (!operationIds.add(operation.getOperationId())) {
        throw new IllegalStateException(
            "Two operations share the operationId " + operation.getOperationId());
      }
      operation.getResponses().forEach(ContractDocs::typeBodies);
    }
    SchemaDocs.snakeCaseRequests(api, operations);
    aliases.writeInto(schemas);
    SchemaDocs.nullableAndPortable(schemas);
    api.setTags(tags(api, operations));
    schemas
        .keySet()
        .retainAll(
            SchemaDocs.reachable(
                operations.stream()
                    .flatMap(
                        operation ->
                            Stream.of(
                                    SchemaDocs.requestSchemas(operation),
                                    SchemaDocs.parameterSchemas(operation),
                                    SchemaDocs.responseSchemas(operation))
                                .flatMap(s -> s)),
                schemas));
  }

  /** Errors carry the error body; streams (SSE, NDJSON) are text, not a Java type's schema. */
  private static void typeBodies(String status, ApiResponse response) {
    if (status.startsWith("4") || status.startsWith("5")) {
      if (response.getContent() == null || response.getContent().isEmpty()) {
        response.setContent(
            new Content()
                .addMediaType(
                    JSON,
                    new MediaType()
                        .schema(new Schema<>().$ref(SchemaDocs.REF_PREFIX + ERROR_SCHEMA))));
      }
      return;
    }
    if (response.getContent() != null) {
      response
          .getContent()
          .forEach(
              (type, media) -> {
                if (!type.contains("json")) {
                  media.setSchema(new StringSchema());
                }
              });
    }
  }

  /** Every tag an operation uses, defined once (with its description, if any), sorted by name. */
  private static List<Tag> tags(OpenAPI api, List<Operation> operations) {
    Map<String, Tag> tags = new TreeMap<>();
    if (api.getTags() != null) {
      api.getTags().forEach(tag -> tags.put(tag.getName(), tag));
    }
    operations.stream()
        .filter(operation -> operation.getTags() != null)
        .flatMap(operation -> operation.getTags().stream())
        .forEach(name -> tags.computeIfAbsent(name, n -> new Tag().name(n)));
    return new ArrayList<>(tags.values());
  }
}
