package com.reten.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.List;
import org.assertj.core.api.Assertions;

/** A response as tests inspect it. */
public record ApiResponse(int status, HttpHeaders headers, JsonNode json) {

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  public List<String> cookies() {
    return headers.allValues("set-cookie");
  }

  /** The {@code name=value} pair of a Set-Cookie header, ready to send back as a Cookie header. */
  public String cookie(String name) {
    return cookies().stream()
        .filter(cookie -> cookie.startsWith(name + "="))
        .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " cookie in " + cookies()));
  }

  /** Asserts the status and Reten's error body {@code {statusCode, message, error}}. */
  public ApiResponse assertError(int expectedStatus, String reasonPhrase) {
    Assertions.assertThat(status).as("status of %s", this).isEqualTo(expectedStatus);
    Assertions.assertThat(json.path("statusCode").asInt()).isEqualTo(expectedStatus);
    Assertions.assertThat(json.path("error").asText()).isEqualTo(reasonPhrase);
    Assertions.assertThat(json.path("message").asText()).isNotBlank();
    return this;
  }

  @Override
  public String toString() {
    return status + " " + json;
  }
}
