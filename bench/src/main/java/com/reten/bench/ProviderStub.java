package com.reten.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/** A dispatch provider on loopback that accepts everything and notes when each activity came. */
final class ProviderStub implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Long> receivedNanos = new ConcurrentHashMap<>();

  ProviderStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext(
        "/activities",
        exchange -> {
          long now = System.nanoTime();
          String activity = exchange.getRequestHeaders().getFirst("Idempotency-Key");
          exchange.getRequestBody().readAllBytes();
          if (activity != null) {
            receivedNanos.putIfAbsent(activity, now);
          }
          byte[] body = ("{\"id\":\"bench-" + activity + "\"}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("content-type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** When the activity's first POST arrived ({@link System#nanoTime()}), or null. */
  Long receivedAt(String activityId) {
    return receivedNanos.get(activityId);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
