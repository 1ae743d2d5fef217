package com.reten.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The application under test, started from its jar as a user would, on a real database. */
final class AppProcess implements AutoCloseable {

  private final Process process;
  private final double startSeconds;

  private AppProcess(Process process, double startSeconds) {
    this.process = process;
    this.startSeconds = startSeconds;
  }

  /**
   * Starts the app with the README's start command, as a user would, and waits until {@code
   * /api/health} answers 200; the wait is the start time. The command's one-off preparation (its
   * class-data-sharing archive, trained once per build) runs first and is not timed.
   */
  static AppProcess start(BenchOptions options, Path log) throws Exception {
    Files.createDirectories(log.getParent());
    var prepare = command(options).redirectOutput(log.toFile());
    prepare.environment().put("RETEN_PREPARE_ONLY", "1");
    int prepared = prepare.start().waitFor();
    if (prepared != 0) {
      throw new IllegalStateException("The start command's preparation exited with " + prepared);
    }
    var builder = command(options).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long began = System.nanoTime();
    Process process = builder.start();
    return new AppProcess(process, awaitHealthy(process, options, began));
  }

  /** The start command without its build, on the benchmark's database, port and JVM flags. */
  private static ProcessBuilder command(BenchOptions options) {
    var builder = new ProcessBuilder(options.startCommand().toString()).redirectErrorStream(true);
    var env = builder.environment();
    env.put("RETEN_SKIP_BUILD", "1");
    env.put("JAVA_OPTS", options.jvmFlags().trim());
    env.put("PORT", String.valueOf(options.port()));
    env.put("SPRING_DATASOURCE_URL", options.dbUrl());
    env.put("SPRING_DATASOURCE_USERNAME", options.dbUser());
    env.put("SPRING_DATASOURCE_PASSWORD", options.dbPassword());
    env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    // The per-user abuse limit would throttle a load test; everything else stays as shipped.
    env.put("RETEN_RATE_LIMIT_REQUESTS_PER_MINUTE", "100000000");
    env.put("MANAGEMENT_SERVER_PORT", String.valueOf(options.port() + 1));
    // The local profile signs with a key made at start; a fixed one keeps the run's tokens valid
    // across the restarts of the fault harness.
    env.put("RETEN_JWT_SECRET", "bench-signing-key-0123456789abcdef-0123456789");
    return builder;
  }

  private static double awaitHealthy(Process process, BenchOptions options, long began)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    var health = HttpRequest.newBuilder(URI.create(options.baseUrl() + "/health")).build();
    long deadline = began + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The app exited with " + process.exitValue());
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - began) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("The app did not become healthy within 3 minutes");
  }

  double startSeconds() {
    return startSeconds;
  }

  /**
   * CPU time the app's JVM has used so far, all threads. Divided by the requests served in between,
   * it is a cost per request that another process's load hardly moves, unlike throughput on two
   * cores.
   */
  Duration cpuTime() {
    return process.info().totalCpuDuration().orElseThrow();
  }

  /** Resident set size of the app's JVM, from /proc (Linux). */
  double rssMegabytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", process.pid() + "", "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  /** kill -9: no shutdown hook, no last commit; what a crash or an OOM killer does. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
