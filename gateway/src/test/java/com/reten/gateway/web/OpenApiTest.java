package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is generated from the code and covers every route as a client generator
 * needs it. That every test's exchange matches it is checked by the test client itself
 * (ContractCheck); this class checks the document's own shape, and that {@code
 * gateway/openapi.json}, the published copy clients (and GeneratedClientTest) generate from, is the
 * served one.
 */
class OpenApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PUBLISHED = Path.of("openapi.json");
  private static final Path SERVED = Path.of("target", "openapi.json");

  private JsonNode docs;

  /**
   * When the code changes the document, the new one is written to gateway/target/openapi.json and
   * this fails until it is copied over, after reading the diff: a contract change shows in review.
   */
  @Test
  void thePublishedDocumentIsTheServedOne() throws IOException {
    JsonNode published = Files.exists(PUBLISHED) ? JSON.readTree(PUBLISHED.toFile()) : null;
    if (!docs.equals(published)) {
      Files.createDirectories(SERVED.getParent());
      Files.writeString(
          SERVED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(docs) + "\n");
    }
    assertThat(docs)
        .as(
            "The served OpenAPI document differs from gateway/openapi.json; review and run"
                + " cp gateway/target/openapi.json gateway/openapi.json")
        .isEqualTo(published);
  }

  @BeforeEach
  void fetch() {
    ApiResponse response = api.get("/api/docs-json");
    assertThat(response.status()).isEqualTo(200);
    docs = response.json();
  }

  @Test
  void theDescriptionListsEveryRoute() {
    assertThat(docs.path("openapi").asText()).startsWith("3.0");
    assertThat(docs.path("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/auth/login",
            "/api/auth/refresh",
            "/api/auth/logout",
            "/api/auth/me",
            "/api/tenant",
            "/api/tenant/mine",
            "/api/tenant/setup",
            "/api/tenant/{id}",
            "/api/health")
        .doesNotContain("/error");
  }

  @Test
  void everyOperationHasAStableUniqueIdASummaryAndItsErrorsWithTheErrorBody() {
    Set<String> ids = new HashSet<>();
    for (Op op : operations()) {
      String id = op.node().path("operationId").asText();
      assertThat(id).as(op.name()).matches("[a-z][A-Za-z]+");
      assertThat(ids.add(id)).as("unique operationId %s", id).isTrue();
      assertThat(op.node().path("summary").asText()).as(op.name()).isNotBlank();
      JsonNode responses = op.node().path("responses");
      assertThat(responses.has("400")).as(op.name()).isTrue();
      responses
          .fields()
          .forEachRemaining(
              response -> {
                boolean healthDown =
                    op.name().equals("get /api/health") && response.getKey().equals("503");
                if (!healthDown
                    && (response.getKey().startsWith("4") || response.getKey().startsWith("5"))) {
                  assertThat(
                          response
                              .getValue()
                              .path("content")
                              .path("application/json")
                              .path("schema")
                              .path("$ref")
                              .asText())
                      .as("%s %s", op.name(), response.getKey())
                      .endsWith("/ApiError");
                }
              });
    }
  }

  @Test
  void noInternalArgumentLeaksAndPagesTakePageAndLimit() {
    for (Op op : operations()) {
      for (JsonNode parameter : op.node().path("parameters")) {
        assertThat(parameter.path("name").asText())
            .as(op.name())
            .isNotIn("caller", "params", "http", "request");
      }
    }
    assertThat(parameterNames("/api/operators", "get")).contains("page", "limit", "per_page");
  }

  @Test
  void tenantRoutesDeclareTheTenantHeaderAndWritesTheirIfMatch() {
    assertThat(parameterNames("/api/activities", "post")).contains("x-tenant-id");
    assertThat(parameterNames("/api/activities/{id}/cancel", "patch"))
        .contains("x-tenant-id", "If-Match");
    JsonNode login = docs.path("paths").path("/api/auth/login").path("post");
    assertThat(login.path("security").isEmpty()).isTrue();
    assertThat(docs.path("paths").path("/api/activities").path("post").path("responses").has("201"))
        .isTrue();
  }

  @Test
  void requestBodiesUseTheContractsSnakeCaseAndEventPayloadsAreJson() {
    JsonNode create = docs.path("components").path("schemas").path("CreateActivityRequest");
    assertThat(create.path("properties").has("commerce_id")).isTrue();
    assertThat(create.path("properties").has("commerceId")).isFalse();
    JsonNode event = docs.path("components").path("schemas").path("EventResponse");
    assertThat(event.path("properties").path("payload").path("type").asText())
        .isNotEqualTo("string");
  }

  @Test
  void theDescriptionSaysWhichCharactersAreRefused() {
    String description = docs.path("info").path("description").asText();

    assertThat(description).contains("U+0000 (NUL) or an unpaired UTF-16 surrogate is");
  }

  @Test
  void theSwaggerUiIsServed() {
    assertThat(api.get("/api/docs").status()).isIn(200, 302);
  }

  private record Op(String name, JsonNode node) {}

  private List<Op> operations() {
    List<Op> operations = new ArrayList<>();
    docs.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op ->
                            operations.add(
                                new Op(op.getKey() + " " + path.getKey(), op.getValue()))));
    assertThat(operations).hasSizeGreaterThan(100);
    return operations;
  }

  private List<String> parameterNames(String path, String method) {
    List<String> names = new ArrayList<>();
    docs.path("paths")
        .path(path)
        .path(method)
        .path("parameters")
        .forEach(parameter -> names.add(parameter.path("name").asText()));
    return names;
  }
}
