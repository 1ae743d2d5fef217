package com.reten.gateway.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A PostgreSQL session-level advisory lock, held on a connection kept out of the pool until the
 * lock is closed. Every instance sharing the database sees it, and it ends with the session should
 * this instance die while holding it.
 */
final class SessionLock implements AutoCloseable {

  private final Connection connection;
  private final int namespace;
  private final int key;

  private SessionLock(Connection connection, int namespace, int key) {
    this.connection = connection;
    this.namespace = namespace;
    this.key = key;
  }

  /** Waits for the lock. */
  static SessionLock take(DataSource dataSource, int namespace, int key) {
    return acquire(dataSource, "SELECT true FROM pg_advisory_lock(?, ?)", namespace, key)
        .orElseThrow();
  }

  /** The lock, or empty at once when another session holds it. */
  static Optional<SessionLock> tryTake(DataSource dataSource, int namespace, int key) {
    return acquire(dataSource, "SELECT pg_try_advisory_lock(?, ?)", namespace, key);
  }

  private static Optional<SessionLock> acquire(
      DataSource dataSource, String sql, int namespace, int key) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        if (call(connection, sql, namespace, key)) {
          return Optional.of(new SessionLock(connection, namespace, key));
        }
        connection.close();
        return Optional.empty();
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new ReplayFailure("could not take a database lock: SQLSTATE " + e.getSQLState());
    }
  }

  @Override
  public void close() {
    try (connection) {
      call(connection, "SELECT pg_advisory_unlock(?, ?)", namespace, key);
    } catch (SQLException e) {
      // The pool would hand the session on with the lock still held: end the session instead.
      abort();
      throw new ReplayFailure("could not release a database lock: SQLSTATE " + e.getSQLState());
    }
  }

  private void abort() {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException ignored) {
      // Already gone, and its session with it.
    }
  }

  private static boolean call(Connection connection, String sql, int namespace, int key)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, namespace);
      statement.setInt(2, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
