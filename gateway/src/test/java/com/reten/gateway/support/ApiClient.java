package com.reten.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small real-HTTP client for integration tests. Immutable: {@link #withHeader} and {@link
 * #signIn} return a new client, so one test can act as several callers.
 */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String baseUrl;
  private final Map<String, String> headers;

  public ApiClient(String baseUrl) {
    this(baseUrl, Map.of());
  }

  private ApiClient(String baseUrl, Map<String, String> headers) {
    this.baseUrl = baseUrl;
    this.headers = headers;
  }

  public ApiClient withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiClient(baseUrl, copy);
  }

  public ApiClient withToken(String accessToken) {
    return withHeader("Authorization", "Bearer " + accessToken);
  }

  public ApiClient inTenant(Object tenantId) {
    return withHeader("x-tenant-id", tenantId.toString());
  }

  /** Signs in and returns a client carrying the access token; fails the test on any error. */
  public ApiClient signIn(String email, String password) {
    ApiResponse response = login(email, password);
    if (response.status() != 200) {
      throw new AssertionError("Sign-in of " + email + " failed: " + response);
    }
    return withToken(response.json().path("accessToken").asText());
  }

  public ApiResponse login(String email, String password) {
    return post("/api/auth/login", Map.of("identifier", email, "password", password));
  }

  public ApiResponse get(String path) {
    return send("GET", path, null);
  }

  public ApiResponse post(String path, Object body) {
    return send("POST", path, body);
  }

  public ApiResponse patch(String path, Object body) {
    return send("PATCH", path, body);
  }

  public ApiResponse send(String method, String path, Object body) {
    try {
      String text =
          body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
      return raw(method, path, text, "application/json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code body} exactly as given, with the given content type. */
  public ApiResponse raw(String method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      HttpRequest sent = request.build();
      HttpResponse<String> response = HTTP.send(sent, HttpResponse.BodyHandlers.ofString());
      ContractCheck.check(baseUrl, sent, body, contentType, response);
      return new ApiResponse(response.statusCode(), response.headers(), parse(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A GET whose body is read line by line as the server sends it (NDJSON, server-sent events), with
   * {@code extraHeaders} as name, value pairs. Closing the returned stream hangs up.
   */
  public HttpResponse<Stream<String>> lines(String path, String accept, String... extraHeaders) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET();
    headers.forEach(request::header);
    for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
      request.header(extraHeaders[i], extraHeaders[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String body) throws IOException {
    return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
  }
}
