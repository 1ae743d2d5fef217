package com.reten.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What one run measures and against what. Every value has a default so {@code bench/run} needs no
 * arguments; {@code --name=value} overrides one.
 *
 * @param startCommand the README's start command, run without its build step (bench/run builds)
 * @param jvmFlags JVM flags of the app, by default those of the README's start command
 * @param dbUrl the PostgreSQL database the app and the raw ceiling use (recreated each run)
 * @param dbUser its user
 * @param dbPassword its password
 * @param port the app's HTTP port
 * @param clients concurrent clients of the closed-loop phases (raw ceiling and creates)
 * @param seconds length of each timed phase
 * @param warmupSeconds untimed load before the timed phases, long enough for the JIT to settle
 * @param samples requests per latency phase (visibility, dispatch, list)
 * @param volume activities in the store for the list and replay rows
 * @param out where the JSON report goes
 */
record BenchOptions(
    Path startCommand,
    String jvmFlags,
    String dbUrl,
    String dbUser,
    String dbPassword,
    int port,
    int clients,
    int seconds,
    int warmupSeconds,
    int samples,
    int volume,
    Path out) {

  static BenchOptions parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      if (arg.equals("--million")) {
        given.put("volume", "1000000");
      } else if (arg.startsWith("--") && arg.contains("=")) {
        given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        throw new IllegalArgumentException("Unknown argument " + arg + " (use --name=value)");
      }
    }
    return new BenchOptions(
        Path.of(given.getOrDefault("start-command", "./start")),
        given.getOrDefault("jvm-flags", "-Xmx512m"),
        given.getOrDefault(
            "db-url", env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/reten_bench")),
        given.getOrDefault("db-user", env("BENCH_DB_USER", "postgres")),
        given.getOrDefault("db-password", env("BENCH_DB_PASSWORD", "")),
        Integer.parseInt(given.getOrDefault("port", "3100")),
        Integer.parseInt(given.getOrDefault("clients", "16")),
        Integer.parseInt(given.getOrDefault("seconds", "15")),
        Integer.parseInt(given.getOrDefault("warmup-seconds", "30")),
        Integer.parseInt(given.getOrDefault("samples", "300")),
        Integer.parseInt(given.getOrDefault("volume", "100000")),
        Path.of(given.getOrDefault("out", "bench/results/latest.json")));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/api";
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
