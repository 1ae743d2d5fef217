package com.reten.gateway.dispatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A dispatch provider on a real local port (the JDK's HttpServer): it records every request and
 * answers as told — accept with an id, fail with a status, or hang past the client's timeout.
 */
final class ProviderStub implements AutoCloseable {

  enum Mode {
    ACCEPT,
    FAIL,
    HANG,
    HOLD
  }

  /** One request as the provider received it; header names lower-cased. */
  record Received(
      String method, String path, Map<String, String> headers, String body, Instant at) {

    String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(16);
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile CountDownLatch held = new CountDownLatch(0);
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile Mode mode = Mode.ACCEPT;
  private volatile int failStatus = 500;

  ProviderStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  ProviderStub accepting() {
    mode = Mode.ACCEPT;
    return this;
  }

  ProviderStub failingWith(int status) {
    failStatus = status;
    mode = Mode.FAIL;
    return this;
  }

  ProviderStub hanging() {
    mode = Mode.HANG;
    return this;
  }

  /** Answers the next {@code count} requests with {@code status}, then accepts. */
  ProviderStub failingNext(int count, int status) {
    failStatus = status;
    failuresLeft.set(count);
    mode = Mode.ACCEPT;
    return this;
  }

  /** Holds every request open, then accepts it, once {@link #release()} is called. */
  ProviderStub holding() {
    held = new CountDownLatch(1);
    mode = Mode.HOLD;
    return this;
  }

  void release() {
    held.countDown();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** Requests for one activity (its Idempotency-Key). */
  List<Received> receivedFor(String activityId) {
    return received.stream().filter(r -> activityId.equals(r.header("Idempotency-Key"))).toList();
  }

  /** A URL on which nothing listens: connection refused. */
  static String deadUrl() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers =
        exchange.getRequestHeaders().entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> e.getKey().toLowerCase(), e -> String.join(",", e.getValue())));
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            headers,
            body,
            Instant.now()));
    Mode now = mode;
    try (exchange) {
      if (now == Mode.HANG) {
        // Holds the request open past the client's timeout; released when the stub closes.
        awaitClose();
        return;
      }
      if (now == Mode.HOLD) {
        await(held);
      }
      if (now == Mode.FAIL || failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        respond(exchange, failStatus, "{\"error\":\"provider says no\"}");
        return;
      }
      respond(exchange, 201, "{\"id\":\"prov-" + ids.incrementAndGet() + "\"}");
    }
  }

  private void awaitClose() {
    await(closed);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    closed.countDown();
    held.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
