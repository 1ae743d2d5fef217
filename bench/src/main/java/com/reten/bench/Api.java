package com.reten.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Reten's REST API as one signed-in caller sees it. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status and parsed body ({@code null} when empty). */
  record Reply(int status, JsonNode body) {

    Reply expect(int wanted) {
      if (status != wanted) {
        throw new IllegalStateException("Expected " + wanted + " but got " + status + ": " + body);
      }
      return this;
    }
  }

  private final HttpClient http;
  private final String base;
  private final String token;
  private final String tenantId;

  Api(HttpClient http, String base, String token, String tenantId) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.tenantId = tenantId;
  }

  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  Api as(String newToken, String newTenantId) {
    return new Api(http, base, newToken, newTenantId);
  }

  Reply get(String path) {
    return send(request(path).GET().build());
  }

  Reply post(String path, Object body) {
    return send(request(path).POST(json(body)).build());
  }

  CompletableFuture<Integer> postAsync(String path, Object body) {
    return http.sendAsync(
            request(path).POST(json(body)).build(), HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }

  private HttpRequest.Builder request(String path) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("content-type", "application/json");
    if (token != null) {
      builder.header("authorization", "Bearer " + token);
    }
    if (tenantId != null) {
      builder.header("x-tenant-id", tenantId);
    }
    return builder;
  }

  private Reply send(HttpRequest request) {
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      return new Reply(response.statusCode(), text.isEmpty() ? null : JSON.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
