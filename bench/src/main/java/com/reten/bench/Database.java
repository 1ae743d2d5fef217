package com.reten.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The benchmark's database: recreated per run, the raw ceiling, and counts. */
final class Database {

  /** About 500 bytes, the size of one activity-created event's payload. */
  private static final String ROW = "x".repeat(500);

  private final BenchOptions options;

  Database(BenchOptions options) {
    this.options = options;
  }

  /** Drops and creates the run's database; refuses any name not starting with reten_bench. */
  void recreate() throws SQLException {
    String url = options.dbUrl();
    String name = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
    if (!name.startsWith("reten_bench")) {
      throw new IllegalArgumentException("Refusing to recreate database '" + name + "'");
    }
    String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection connection = connect(admin);
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
  }

  /**
   * The ceiling: {@code clients} connections each committing one ~500-byte INSERT per transaction,
   * as fast as the server allows, for {@code seconds}. Returns transactions/s.
   */
  double rawInsertsPerSecond(int clients, int seconds) throws Exception {
    try (Connection connection = connect(options.dbUrl());
        var statement = connection.createStatement()) {
      // Its own schema: the app's Flyway expects to find "public" empty.
      statement.execute("CREATE SCHEMA IF NOT EXISTS bench");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS bench.raw (id BIGSERIAL PRIMARY KEY, body TEXT)");
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        counts.add(pool.submit(insertUntil(end)));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total / (double) seconds;
    } finally {
      pool.shutdownNow();
    }
  }

  private Callable<Long> insertUntil(long end) {
    return () -> {
      long done = 0;
      try (Connection connection = connect(options.dbUrl());
          var insert = connection.prepareStatement("INSERT INTO bench.raw (body) VALUES (?)")) {
        while (System.nanoTime() < end) {
          insert.setString(1, ROW);
          insert.executeUpdate();
          done++;
        }
      }
      return done;
    };
  }

  long count(String sql) throws SQLException {
    try (Connection connection = connect(options.dbUrl());
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  Connection connect() throws SQLException {
    return connect(options.dbUrl());
  }

  private Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, options.dbUser(), options.dbPassword());
  }
}
