package com.reten.gateway.web;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database is unreachable" (API.md 1.5: 503, never 500) in any one link of a cause
 * chain, whichever layer (Hikari, Spring JDBC, Axon, the driver) happened to notice first.
 */
public final class DatabaseLoss {

  private static final List<Class<? extends Throwable>> CONNECTION_FAILURES =
      List.of(
          SQLTransientConnectionException.class,
          SQLNonTransientConnectionException.class,
          CannotGetJdbcConnectionException.class,
          CannotCreateTransactionException.class,
          DataAccessResourceFailureException.class,
          ConnectException.class,
          // "Broken pipe", "Connection reset": the socket to PostgreSQL died mid-statement.
          SocketException.class);

  /**
   * What HikariCP's proxy throws once the pool has evicted a broken connection, without a SQLSTATE:
   * met as the rollback of a commit that failed because PostgreSQL went away (bench/faults).
   */
  private static final String HIKARI_CLOSED = "Connection is closed";

  /** How long a client is asked to wait (Retry-After): a restart measured 0.1–2.3 s to recover. */
  public static final String RETRY_AFTER_SECONDS = "2";

  // SQLSTATE class 08 is "connection exception" in the SQL standard; PostgreSQL's driver uses it.
  // 57P01-57P03 are PostgreSQL's: the server shutting down, crashed, or not accepting connections
  // yet (a restart), which reach a pooled connection as "terminating connection due to
  // administrator command".
  private static final List<String> CONNECTION_SQL_STATES =
      List.of("08", "57P01", "57P02", "57P03");

  private DatabaseLoss() {}

  public static boolean is(Throwable t) {
    if (CONNECTION_FAILURES.stream().anyMatch(type -> type.isInstance(t))) {
      return true;
    }
    if (!(t instanceof SQLException sql)) {
      return false;
    }
    if (sql.getSQLState() == null) {
      return HIKARI_CLOSED.equals(sql.getMessage());
    }
    return CONNECTION_SQL_STATES.stream().anyMatch(sql.getSQLState()::startsWith);
  }
}
