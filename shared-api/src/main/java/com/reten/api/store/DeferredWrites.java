package com.reten.api.store;

/**
 * Writes that belong to the transaction of the command being handled and are sent to PostgreSQL as
 * it commits, together with every other write so deferred, in one round trip and in the order they
 * were made; outside a command they run at once. For statements whose effects nothing reads before
 * the commit: the inline read models, the dispatch queue, the replay lock taken before them.
 *
 * <p>An interface here, not in a module, because the modules whose writes share the round trip
 * (command side, query side, the gateway's replay lock) may not see each other; the query side
 * implements it. The module rule for this package gives way to one fewer round trip per write on
 * every create (see STYLE.md: where a rule fights a good design, the design wins).
 */
public interface DeferredWrites {

  /** One statement, with its positional arguments. */
  void update(String sql, Object... args);
}
