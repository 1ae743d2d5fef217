package com.reten.gateway.projection;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * The cause stored with a dead letter, which the dead-letter endpoints show: the failure's kind and
 * SQLSTATE, never its message. Exception texts carry SQL and row values (a driver's batch error
 * prints every parameter), which belong in the log only.
 */
final class DeadLetterCauses {

  private DeadLetterCauses() {}

  static ThrowableCause of(Throwable failure) {
    Throwable root = failure;
    String sqlState = null;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      root = t;
      if (sqlState == null && t instanceof SQLException sql) {
        sqlState = sql.getSQLState();
      }
    }
    String message =
        sqlState != null
            ? "The database refused the change (SQLSTATE " + sqlState + ")"
            : "The handler failed with " + root.getClass().getSimpleName();
    return new ThrowableCause(root.getClass().getName(), message);
  }
}
