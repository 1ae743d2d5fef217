package com.reten.gateway.web;

import static com.reten.gateway.web.ApiErrorMatchers.expectedJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * On a real Tomcat, for what MockMvc cannot show: the forward of filter failures to /error, and a
 * chunked body (no Content-Length) crossing the limit while Jackson or a converter reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServletErrorsTest {

  @Configuration(proxyBeanMethods = false)
  @Import(TomcatWebApp.class)
  static class MinimalApp {

    /** Stands in for a security or tenancy filter that meets a dead database or says no. */
    @Bean
    FilterRegistrationBean<Filter> failingFilter() {
      Filter filter =
          (request, response, chain) -> {
            if (request.getParameter("deny") != null) {
              ((HttpServletResponse) response).sendError(401);
              return;
            }
            throw new CannotGetJdbcConnectionException(
                "jdbc:postgresql://db:5432/reten", new SQLTransientConnectionException("timeout"));
          };
      FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
      registration.addUrlPatterns("/filtered/*");
      return registration;
    }
  }

  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aDatabaseFailureInAFilterIs503WithTheRequestId() throws Exception {
    HttpResponse<String> response = send(get("/filtered/activities").header("x-request-id", "r-1"));

    assertBody(response, 503, "Service Unavailable", "Service temporarily unavailable");
    assertThat(response.headers().firstValue("x-request-id")).hasValue("r-1");
    assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
  }

  @Test
  void aStatusSentByAFilterGetsTheApiErrorBody() throws Exception {
    assertBody(send(get("/filtered/activities?deny=1")), 401, "Unauthorized", "Unauthorized");
  }

  @Test
  void anUnknownRouteIs404() throws Exception {
    assertBody(send(get("/api/nothing-here")), 404, "Not Found", "Cannot GET /api/nothing-here");
  }

  @Test
  void aChunkedBodyOverTheLimitIs413() throws Exception {
    assertBody(
        send(chunked("/test/bytes", "application/octet-stream", new byte[1_048_577])),
        413,
        "Payload Too Large",
        "Request body exceeds the limit of 1048576 bytes");
  }

  @Test
  void aChunkedJsonBodyOverTheLimitIs413() throws Exception {
    byte[] json = ("{\"company_name\":\"" + "a".repeat(1_048_576) + "\"}").getBytes();
    assertBody(
        send(chunked("/test/signups", "application/json", json)),
        413,
        "Payload Too Large",
        "Request body exceeds the limit of 1048576 bytes");
  }

  @Test
  void aChunkedBodyWithinTheLimitIsRead() throws Exception {
    HttpResponse<String> response =
        send(chunked("/test/bytes", "application/octet-stream", new byte[1_048_576]));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("1048576");
  }

  @Test
  void whatTomcatRefusesBeforeAnyFilterGetsTheApiErrorBodyToo() throws Exception {
    String unreadable =
        "The request could not be read: a malformed URL or %-encoding, or a request line, header"
            + " or query string over the server's limits";
    String rawAnswer =
        raw("GET /api/commerces/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(rawAnswer).startsWith("HTTP/1.1 400").contains("application/json");
    JSONAssert.assertEquals(
        expectedJson(400, "Bad Request", unreadable),
        rawAnswer.substring(rawAnswer.indexOf("\r\n\r\n") + 4),
        JSONCompareMode.STRICT);
    assertBody(
        send(get("/api/commerces").header("x-big", "a".repeat(20_000))),
        400,
        "Bad Request",
        unreadable);
    assertBody(
        send(get("/api/commerces?q=" + "a".repeat(100_000))), 400, "Bad Request", unreadable);
  }

  // java.net.URI refuses a malformed escape, so this one request is written by hand.
  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
  }

  // A body from an InputStream has no known length, so the client sends it chunked.
  private HttpRequest.Builder chunked(String path, String contentType, byte[] body) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertBody(
      HttpResponse<String> response, int status, String error, String message) throws Exception {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JSONAssert.assertEquals(
        expectedJson(status, error, message), response.body(), JSONCompareMode.STRICT);
  }
}
