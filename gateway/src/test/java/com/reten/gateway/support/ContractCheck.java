package com.reten.gateway.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the HTTP tests to the OpenAPI document the server under test publishes
 * (Atlassian's swagger-request-validator): the response's status must be declared for its operation
 * and its body must match the declared schema; a request the server accepted (below 400) must match
 * the operation's parameters and body schema. A violation fails the test that made the exchange, so
 * the document cannot drift from the server. Requests the server refused are not held to the
 * document: tests send them wrong on purpose.
 *
 * <p>With {@code RETEN_CONTRACT_REPORT=<file>} in the environment, violations are appended to that
 * file instead, to list them all in one run of the suite.
 */
final class ContractCheck {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();
  private static final String REPORT = System.getenv("RETEN_CONTRACT_REPORT");
  private static final Pattern ENUM_MISMATCH =
      Pattern.compile(
          "Instance value \\(\"([^\"]*)\"\\) not found in enum \\(possible values: (.*)\\)");

  private ContractCheck() {}

  static void check(
      String baseUrl,
      HttpRequest request,
      String requestBody,
      String contentType,
      HttpResponse<String> response) {
    URI uri = request.uri();
    String path = uri.getRawPath();
    if (!path.startsWith("/api/") || path.startsWith("/api/docs")) {
      return;
    }
    OpenApiInteractionValidator validator =
        VALIDATORS.computeIfAbsent(baseUrl, ContractCheck::load);
    Request.Method method = Request.Method.valueOf(request.method());
    int status = response.statusCode();
    SimpleResponse.Builder served = new SimpleResponse.Builder(status);
    response.headers().map().forEach(served::withHeader);
    if (response.body() != null && !response.body().isEmpty()) {
      served.withBody(response.body());
    }
    List<ValidationReport.Message> messages =
        new ArrayList<>(validator.validateResponse(path, method, served.build()).getMessages());
    if (status < 400) {
      messages.addAll(
          validator.validateRequest(sent(request, path, requestBody, contentType)).getMessages());
    }
    if (messages.stream().anyMatch(message -> message.getKey().endsWith("path.missing"))) {
      return; // a path the document does not have: a @Hidden test fixture (OpenApiTest checks
      // that the document has every route of the API)
    }
    messages.removeIf(message -> tolerated(message, status));
    if (messages.isEmpty()) {
      return;
    }
    String report =
        request.method()
            + " "
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + " -> "
            + status
            + "\n"
            + messages.stream()
                .map(m -> "  [" + m.getKey() + "] " + m.getMessage())
                .collect(Collectors.joining("\n"));
    if (REPORT != null) {
      append(report);
      return;
    }
    throw new AssertionError("The exchange breaks the published OpenAPI document:\n" + report);
  }

  /**
   * What the document cannot state and the server rightly accepts: enum values in any letter case
   * (the contract takes lowercase input; the document lists the canonical UPPER_SNAKE), a body sent
   * to an operation that takes none (ignored), and a method a path does not take answered 405.
   */
  private static boolean tolerated(ValidationReport.Message message, int status) {
    String key = message.getKey();
    if (message.getLevel() != ValidationReport.Level.ERROR
        || key.equals("validation.request.body.unexpected")
        || status == 405 && key.contains("operation.notAllowed")) {
      return true;
    }
    Matcher enumValue = ENUM_MISMATCH.matcher(message.getMessage());
    return key.endsWith("schema.enum")
        && enumValue.find()
        && enumValue.group(2).contains("\"" + enumValue.group(1).toUpperCase(Locale.ROOT) + "\"");
  }

  private static OpenApiInteractionValidator load(String baseUrl) {
    try {
      String document =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(baseUrl + "/api/docs-json")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      return OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The request as the document states it: the server reads body fields in either spelling, and the
   * document gives the contract's snake_case, so a camelCase body is checked as its snake_case twin
   * (the same request to the server).
   */
  private static Request sent(HttpRequest request, String path, String body, String contentType) {
    SimpleRequest.Builder sent = new SimpleRequest.Builder(request.method(), path);
    request.headers().map().forEach(sent::withHeader);
    if (body != null) {
      sent.withContentType(contentType).withBody(snakeCased(body));
    }
    String query = request.uri().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        sent.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return sent.build();
  }

  private static String snakeCased(String body) {
    try {
      return JSON.writeValueAsString(snakeCased(JSON.readTree(body)));
    } catch (IOException e) {
      return body; // not JSON: checked as sent
    }
  }

  private static JsonNode snakeCased(JsonNode node) {
    if (node.isObject()) {
      ObjectNode renamed = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        renamed.set(SNAKE.translate(field.getKey()), snakeCased(field.getValue()));
      }
      return renamed;
    }
    if (node.isArray()) {
      var items = JSON.createArrayNode();
      node.forEach(item -> items.add(snakeCased(item)));
      return items;
    }
    return node;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static synchronized void append(String report) {
    try {
      Files.writeString(
          Path.of(REPORT), report + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
