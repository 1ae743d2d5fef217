package com.reten.gateway.config;

import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JDBC engine, reading the event stream for tracking processors without a transaction of its
 * own. Axon wraps every fetch of the stream in one (BEGIN, a query or two, COMMIT), and the store's
 * reader fetches after every local commit: under a create load that was ~260 fetches a second, each
 * a transaction through Spring's JPA transaction manager and a COMMIT round trip for a read that
 * PostgreSQL answers the same way on an auto-commit connection (READ COMMITTED takes a snapshot per
 * statement either way). Appends and everything else keep their transactions.
 */
final class PlainReadsStorageEngine extends JdbcEventStorageEngine {

  private static final ThreadLocal<Boolean> FETCHING = new ThreadLocal<>();

  private PlainReadsStorageEngine(Builder builder) {
    super(builder);
  }

  /** The engine {@code builder} describes, with {@code transactions} for all but stream reads. */
  static JdbcEventStorageEngine build(Builder builder, TransactionManager transactions) {
    return new PlainReadsStorageEngine(
        builder.transactionManager(new ExceptWhileFetching(transactions)));
  }

  @Override
  protected List<? extends TrackedEventData<?>> fetchTrackedEvents(
      TrackingToken lastToken, int batchSize) {
    FETCHING.set(Boolean.TRUE);
    try {
      return super.fetchTrackedEvents(lastToken, batchSize);
    } finally {
      FETCHING.remove();
    }
  }

  /** A fetch that already runs inside a transaction (none does today) still joins it. */
  private record ExceptWhileFetching(TransactionManager delegate) implements TransactionManager {
    @Override
    public Transaction startTransaction() {
      return FETCHING.get() != null
              && !TransactionSynchronizationManager.isActualTransactionActive()
          ? NoTransactionManager.instance().startTransaction()
          : delegate.startTransaction();
    }
  }
}
