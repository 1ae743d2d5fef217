package com.reten.gateway.projection;

import com.reten.gateway.web.DatabaseLoss;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Failures that say nothing about the event being applied: the database is gone, restarting, out of
 * resources, or chose this transaction as a deadlock or serialization victim. Parking an event for
 * one of these would park healthy events during every outage; the processor retries instead.
 */
final class DatabaseFailures {

  // SQLSTATE classes: 40 transaction rollback (deadlock, serialization), 53 insufficient
  // resources, 57P operator intervention (shutdown, restart); 08 is DatabaseLoss's.
  private static final List<String> TRANSIENT_STATES = List.of("40", "53", "57P");

  private DatabaseFailures() {}

  static boolean areTransient(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (DatabaseLoss.is(t) || t instanceof SQLException sql && isTransient(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTransient(String state) {
    return state != null && TRANSIENT_STATES.stream().anyMatch(state::startsWith);
  }
}
