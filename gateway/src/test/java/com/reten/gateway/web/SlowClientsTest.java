package com.reten.gateway.web;

import static com.reten.gateway.web.ApiErrorMatchers.expectedJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Clients that send their body slowly hold no worker thread (a real Tomcat with four of them) and
 * are cut off at the deadline with a 408, while everyone else is served meanwhile.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.tomcat.threads.max=4", "reten.http.body-read-timeout=3s"})
class SlowClientsTest {

  private static final String SIGNUP =
      """
      {"admin_email":"ana@acme.test","company_name":"Acme",
       "billing_address":{"street_line":"1 Main St"}}""";

  @Configuration(proxyBeanMethods = false)
  @Import(TomcatWebApp.class)
  static class MinimalApp {}

  @LocalServerPort int port;
  @Autowired ServletWebServerApplicationContext server;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  @Test
  void slowBodiesHoldNoThreadAndAreCutOffWith408() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) { // three times the worker threads
        Socket socket = new Socket("localhost", port);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /test/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: "
                    + SIGNUP.length()
                    + "\r\n\r\n"
                    + SIGNUP.substring(0, 10))
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(socket);
      }
      // Every stalled client is the server's before the normal requests come: without the
      // read-ahead, they would hold all four worker threads by then.
      await().atMost(Duration.ofSeconds(10)).until(() -> openConnections() >= slow.size());

      HttpResponse<String> post = send(post("/test/signups", SIGNUP));
      HttpResponse<String> get =
          send(HttpRequest.newBuilder(uri("/test/items/6f1c2a4e-0000-4000-8000-000000000001")));
      assertThat(post.statusCode()).as(post.body()).isEqualTo(200);
      assertThat(get.statusCode()).isEqualTo(200);

      for (Socket socket : slow) {
        socket.setSoTimeout(10_000);
        String answer = readAll(socket.getInputStream());
        assertThat(answer).startsWith("HTTP/1.1 408");
        JSONAssert.assertEquals(
            expectedJson(408, "Request Timeout", "Request body not received within 3 s"),
            answer.substring(answer.indexOf("\r\n\r\n") + 4),
            JSONCompareMode.STRICT);
      }
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void aBodyThatArrivesInPiecesWithinTheDeadlineIsRead() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /test/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Connection: close\r\nContent-Length: "
                  + SIGNUP.length()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < SIGNUP.length(); i += 20) {
        out.write(
            SIGNUP
                .substring(i, Math.min(i + 20, SIGNUP.length()))
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(50); // the client's pace, what is under test: not a wait for the server
      }
      socket.setSoTimeout(10_000);
      String answer = readAll(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"companyName\":\"Acme\"");
    }
  }

  @Test
  void aClientThatBreaksOffMidBodyIsOneWarnLine(CapturedOutput output) throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket
          .getOutputStream()
          .write(
              ("POST /test/signups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      + "x-request-id: broke-off-1\r\nContent-Length: 500\r\n\r\n{\"admin")
                  .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      await().atMost(Duration.ofSeconds(10)).until(() -> openConnections() >= 1);
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(output.getOut())
                    .contains("WARN [broke-off-1]")
                    .contains("Request body broke off after 7 bytes"));
    String lines =
        output.getOut().lines().filter(line -> line.contains("broke-off-1")).toList().toString();
    assertThat(lines).doesNotContain("ERROR");
  }

  private long openConnections() {
    var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
    return ((AbstractProtocol<?>) tomcat.getConnector().getProtocolHandler()).getConnectionCount();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String readAll(InputStream in) throws Exception {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
