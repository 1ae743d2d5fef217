package com.reten.gateway.config;

import java.util.Set;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The query bus's transactions: the application's, except for the queries whose handlers run a
 * single SQL statement, which is atomic on its own in autocommit. Those are the two that nearly
 * every request sends (the caller, and an activity by id, which a create reads back): a transaction
 * around each cost ~5 % of a create-activity load's CPU (JFR: JPA's session, BEGIN and COMMIT) and
 * bought nothing. Every other handler keeps its transaction, which JPA handlers need for lazy
 * loading and several statements need for one snapshot.
 */
final class QueryTransactions implements TransactionManager {

  private final TransactionManager delegate;
  private final Set<Class<?>> singleStatementQueries;

  QueryTransactions(TransactionManager delegate, Set<Class<?>> singleStatementQueries) {
    this.delegate = delegate;
    this.singleStatementQueries = Set.copyOf(singleStatementQueries);
  }

  /** Called by the query bus with the query's unit of work started. */
  @Override
  public Transaction startTransaction() {
    if (CurrentUnitOfWork.isStarted()
        && singleStatementQueries.contains(CurrentUnitOfWork.get().getMessage().getPayloadType())) {
      return NoTransactionManager.INSTANCE.startTransaction();
    }
    return delegate.startTransaction();
  }
}
