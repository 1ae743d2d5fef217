package com.reten.queryside.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * One real PostgreSQL server per test JVM — a Testcontainers PostgreSQL 16 when Docker is
 * available, otherwise the embedded binaries — and a fresh database for every Spring context that
 * asks, so test classes never see each other's data.
 */
public final class TestDatabase {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Server SERVER = start();

  private TestDatabase() {}

  /** Points {@code spring.datasource.*} at a brand-new, empty database. */
  public static void register(DynamicPropertyRegistry registry) {
    String url = createDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", SERVER::user);
    registry.add("spring.datasource.password", SERVER::password);
  }

  /** Creates an empty database and returns its JDBC URL. */
  public static String createDatabase() {
    String name = "reten_test_" + DATABASES.incrementAndGet();
    try (Connection admin =
            DriverManager.getConnection(SERVER.url("postgres"), SERVER.user(), SERVER.password());
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return SERVER.url(name);
  }

  public static String user() {
    return SERVER.user();
  }

  public static String password() {
    return SERVER.password();
  }

  private static Server start() {
    if (DockerClientFactory.instance().isDockerAvailable()) {
      var container = new PostgreSQLContainer<>("postgres:16-alpine");
      container.start();
      return new Server(
          container.getHost(),
          container.getFirstMappedPort(),
          container.getUsername(),
          container.getPassword());
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
      return new Server("localhost", postgres.getPort(), "postgres", "postgres");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      // The JVM is exiting; the server's temporary directory goes with it.
    }
  }

  private record Server(String host, int port, String user, String password) {
    String url(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
  }
}
