package com.reten.gateway.web;

import java.net.ConnectException;
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
          ConnectException.class);

  // SQLSTATE class 08 is "connection exception" in the SQL standard; PostgreSQL's driver uses it.
  private static final String CONNECTION_SQL_STATE_CLASS = "08";

  private DatabaseLoss() {}

  public static boolean is(Throwable t) {
    if (CONNECTION_FAILURES.stream().anyMatch(type -> type.isInstance(t))) {
      return true;
    }
    return t instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith(CONNECTION_SQL_STATE_CLASS);
  }
}
