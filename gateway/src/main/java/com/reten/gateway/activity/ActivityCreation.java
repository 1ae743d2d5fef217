package com.reten.gateway.activity;

import com.reten.api.activity.ActivityIds;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.CreateActivityCommand;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.web.ApiError;
import com.reten.gateway.web.ConflictException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends a creation under the id derived from (tenant, idempotency key): a repeat, even a concurrent
 * one, finds the event stream already created and becomes a 409 naming that activity. The command
 * handler refuses a key already stored before it loads or appends anything.
 */
@Component
class ActivityCreation {

  private static final String UNIQUE_VIOLATION = "23505";

  private final Commands commands;
  private final Clock clock;

  ActivityCreation(Commands commands, Clock clock) {
    this.commands = commands;
    this.clock = clock;
  }

  static UUID idOf(UUID tenantId, String idempotencyKey) {
    return ActivityIds.of(tenantId, idempotencyKey);
  }

  UUID create(Caller caller, CreateActivityRequest request, ActivityType type) {
    UUID id = idOf(caller.tenantId(), request.idempotencyKey());
    try {
      commands.send(
          new CreateActivityCommand(
              caller.tenantId(), id, request.details(type), clock.instant(), request.resolution()));
    } catch (RuntimeException e) {
      if (streamExists(e)) {
        throw duplicate(id);
      }
      throw e;
    }
    return id;
  }

  private static ConflictException duplicate(UUID id) {
    return new ConflictException(
        "idempotency_key was already used in this tenant",
        List.of(new ApiError.Detail("id", id.toString())));
  }

  /**
   * Whether the creation failed because the id's event stream exists: the handler's own check, or,
   * for a concurrent repeat, Axon 4.13's JDBC engine reporting an EventStoreException over the
   * unique violation (SQLState 23505) of (aggregate id, sequence). The read-model rows a creation
   * writes in the same transaction are new rows under the new activity's id, so no other unique key
   * of theirs can be taken already.
   */
  private static boolean streamExists(Throwable ex) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = ex; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
        return true;
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
