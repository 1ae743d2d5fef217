package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.reten.gateway.support.ApiClient;
import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.Tenants;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Every operation of the OpenAPI document the server publishes, sent wrong in each way a client can
 * get it wrong: each body property of another JSON type, NUL, a lone surrogate, huge or out of
 * range; bodies with a key twice, content after the document, nesting past the parser's limit, a
 * wildcard or foreign content type; path and query parameters malformed, with NUL or out of range.
 * No answer may be a 5xx, every 4xx carries Reten's error body, and every answer is one the
 * document declares for its operation (the suite's contract check). Driven by the document, so a
 * new operation is fuzzed the day it is published. Rate limiting is lifted: it would answer 429
 * before the input is looked at.
 */
@TestPropertySource(properties = "reten.rate-limit.requests-per-minute=100000000")
class OpenApiFuzzTest extends IntegrationTest {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
  private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
  private static final String NUL = "\"a\\u0000b\"";
  private static final String LONE_SURROGATE = "\"a\\ud800b\"";
  private static final String HUGE_TEXT = "\"" + "x".repeat(200_000) + "\"";
  private static final String FAR_DATE = "\"+999999999-12-31T23:59:59Z\"";
  private static final String DEEP = "[".repeat(5_000) + "]".repeat(5_000);

  private record Probe(String method, String path, String body, String contentType, String what) {
    @Override
    public String toString() {
      return method
          + " "
          + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
          + " ["
          + what
          + "]";
    }
  }

  @Test
  void noOperationAnswersBadInputWithA5xxOrWithoutTheErrorBody() {
    ApiClient root = asRoot();
    ApiClient caller = root.inTenant(Tenants.create(root, "fuzz", "fuzz-admin@acme.test"));
    // /api/integration/** takes API keys only.
    ApiClient integration =
        api.withHeader(
            "x-api-key",
            caller
                .post(
                    "/api/api-keys",
                    Map.of(
                        "name",
                        "fuzz",
                        "permissions",
                        List.of("view_activities", "submit_activity_result")))
                .json()
                .path("plaintextKey")
                .asText());
    JsonNode document = api.get("/api/docs-json").json();

    List<Probe> probes = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path -> {
              for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                  probes.addAll(probes(document, path.getKey(), method, operation));
                }
              }
            });

    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (Probe probe : probes) {
      try {
        ApiClient client = probe.path().startsWith("/api/integration/") ? integration : caller;
        ApiResponse response =
            client.raw(probe.method(), probe.path(), probe.body(), probe.contentType());
        statuses.merge(response.status(), 1, Integer::sum);
        String fault = fault(response);
        if (fault != null) {
          failures.add(probe + " → " + fault);
        }
      } catch (AssertionError contract) {
        failures.add(probe + " → " + contract.getMessage().lines().findFirst().orElse(""));
      }
    }
    // Mostly 400s; 401s only where a route takes neither (token refresh without its cookie).
    System.out.printf("%d probes answered %s%n", probes.size(), statuses);
    assertThat(probes).hasSizeGreaterThan(2_000);
    assertThat(failures).as("%d of %d probes", failures.size(), probes.size()).isEmpty();
  }

  private static String fault(ApiResponse response) {
    int status = response.status();
    if (status >= 500) {
      return status + " " + response.json();
    }
    if (status >= 400) {
      JsonNode body = response.json();
      boolean errorBody =
          body.path("statusCode").asInt() == status
              && !body.path("error").asText().isBlank()
              && !body.path("message").asText().isBlank();
      return errorBody ? null : status + " without the error body: " + body;
    }
    return null;
  }

  private static List<Probe> probes(
      JsonNode document, String template, String method, JsonNode op) {
    String method1 = method.toUpperCase();
    String path = PATH_PARAMETER.matcher(template).replaceAll(UUID.randomUUID().toString());
    JsonNode schema = resolve(document, op.at("/requestBody/content/application~1json/schema"));
    boolean hasBody = !schema.isMissingNode();
    String emptyBody = hasBody ? "{}" : null;
    String json = hasBody ? "application/json" : null;
    List<Probe> probes = new ArrayList<>();

    Matcher parameter = PATH_PARAMETER.matcher(template);
    if (parameter.find()) {
      for (String bad : List.of("not-a-uuid", "%00", "%ED%A0%80", "x".repeat(300))) {
        String badPath =
            template.substring(0, parameter.start()) + bad + template.substring(parameter.end());
        probes.add(
            new Probe(
                method1,
                PATH_PARAMETER.matcher(badPath).replaceAll(UUID.randomUUID().toString()),
                emptyBody,
                json,
                "path " + bad.substring(0, Math.min(bad.length(), 12))));
      }
    }
    for (JsonNode declared : op.path("parameters")) {
      JsonNode parameterSchema = resolve(document, declared.path("schema"));
      if (!"query".equals(declared.path("in").asText())) {
        continue;
      }
      String name = declared.path("name").asText();
      for (String bad : badQueryValues(parameterSchema)) {
        probes.add(
            new Probe(
                method1,
                path + "?" + name + "=" + bad,
                emptyBody,
                json,
                "query " + name + "=" + bad));
      }
    }
    if (!hasBody) {
      return probes;
    }
    Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
    String first = null;
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      first = first == null ? property.getKey() : first;
      for (String value : badValues(resolve(document, property.getValue()))) {
        String body = "{\"" + property.getKey() + "\":" + value + "}";
        probes.add(
            new Probe(method1, path, body, json, property.getKey() + "=" + abbreviated(value)));
      }
    }
    String key = first == null ? "a" : first;
    for (String[] whole :
        new String[][] {
          {"{\"" + key + "\":\"a\",\"" + key + "\":\"b\"}", "application/json", "key twice"},
          {"{}{}", "application/json", "two documents"},
          {"{} x", "application/json", "trailing text"},
          {"[]", "application/json", "an array"},
          {"\"x\"", "application/json", "a string"},
          {"null", "application/json", "null"},
          {"{", "application/json", "truncated"},
          {"{\"" + key + "\":" + DEEP + "}", "application/json", "nested 5,000 deep"},
          {"{}", "*/*", "wildcard content type"},
          {"{}", "application/*", "wildcard subtype"},
          {"{}", "text/plain", "text/plain"},
          {"{}", "application/json; charset=nope", "unknown charset"},
          {"", "application/json", "empty body"}
        }) {
      probes.add(new Probe(method1, path, whole[0], whole[1], whole[2]));
    }
    return probes;
  }

  /** Values of every other JSON type than the property's, and the texts and numbers that hurt. */
  private static List<String> badValues(JsonNode schema) {
    String type = schema.path("type").asText("object");
    String format = schema.path("format").asText("");
    List<String> values = new ArrayList<>();
    switch (type) {
      case "string" -> {
        values.addAll(List.of("123", "1.5", "true", "{}", "[]", NUL, LONE_SURROGATE, HUGE_TEXT));
        switch (format) {
          case "date-time" -> values.addAll(List.of("\"\"", FAR_DATE, "\"not-a-date\""));
          case "uuid" -> values.addAll(List.of("\"not-a-uuid\"", "\"\""));
          case "email" -> values.add("\"not-an-email\"");
          default -> {}
        }
        if (schema.has("enum")) {
          values.addAll(List.of("\"NOT_ONE_OF_THEM\"", "\"\""));
        }
      }
      case "integer", "number" ->
          values.addAll(
              List.of("\"1\"", "true", "1.5", "1e400", "99999999999999999999999", "-1e400", "{}"));
      case "boolean" -> values.addAll(List.of("1", "0", "\"true\"", "\"yes\"", "{}", "[]"));
      case "array" -> values.addAll(List.of("{}", "\"x\"", "1", "[" + NUL + "]", "[" + DEEP + "]"));
      default ->
          values.addAll(List.of("\"x\"", "1", "[]", "{" + NUL + ":1}", "{\"k\":" + NUL + "}"));
    }
    values.add("null");
    return values;
  }

  private static List<String> badQueryValues(JsonNode schema) {
    List<String> values = new ArrayList<>(List.of("%00", "%ED%A0%80", "x".repeat(2_000)));
    switch (schema.path("type").asText("string")) {
      case "integer", "number" ->
          values.addAll(List.of("1e400", "99999999999999999999", "-1", "x"));
      case "boolean" -> values.addAll(List.of("2", "yes-no"));
      default -> {}
    }
    switch (schema.path("format").asText("")) {
      case "uuid" -> values.add("not-a-uuid");
      case "date-time" -> values.addAll(List.of("%2B999999999-12-31T23:59:59Z", "not-a-date"));
      default -> {}
    }
    return values;
  }

  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
      String ref = current.path("$ref").asText();
      current = document.at(ref.substring(1));
    }
    if (current.has("allOf") && current.path("allOf").size() == 1) {
      return resolve(document, current.path("allOf").get(0));
    }
    return current;
  }

  private static String abbreviated(String value) {
    return value.length() > 24 ? value.substring(0, 24) + "…(" + value.length() + ")" : value;
  }
}
