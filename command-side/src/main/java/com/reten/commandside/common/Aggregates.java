package com.reten.commandside.common;

import com.reten.api.error.RetenException;
import java.util.UUID;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** Loading another aggregate inside a command handler. */
public final class Aggregates {

  private Aggregates() {}

  /**
   * Loads {@code id}, or refuses with "{@code what} not found" when there is no such aggregate —
   * including when the id belongs to another kind of aggregate (a route's id sent as an
   * operator's).
   */
  public static <T> Aggregate<T> loadOrNotFound(
      Repository<T> repository, UUID id, Long expectedVersion, String what) {
    try {
      return repository.load(id.toString(), expectedVersion);
    } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
      throw RetenException.notFound(what);
    }
  }
}
