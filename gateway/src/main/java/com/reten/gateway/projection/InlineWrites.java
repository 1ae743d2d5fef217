package com.reten.gateway.projection;

import com.reten.api.store.DeferredWrites;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Lets a replay hold back the writes of an inline read model (one a subscribing processor updates
 * in the transaction that stores each event) while it switches the rebuilt rows in. Every such
 * transaction takes the model's PostgreSQL advisory lock shared before its handlers write; a {@link
 * #pause} takes it exclusively, so it waits for the writes in flight to commit and later ones wait
 * for it — on every node, since the lock lives in the database, and never beyond the pausing
 * connection's life. A held-back write keeps its pooled connection meanwhile, so a replay pauses
 * only once its rebuild has reached the head, for the last few events and the row swap (which
 * copies every row: ~5.5 s at 100,000 activities, see README "Replay").
 */
@Component
class InlineWrites {

  /** The first half of every advisory lock key of this class, so no other use of them collides. */
  static final int NAMESPACE = 0x52455445;

  private final DataSource dataSource;

  InlineWrites(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Holds back the model's writes until the returned lock is closed. */
  SessionLock pause(ReadModel model) {
    return SessionLock.take(dataSource, NAMESPACE, model.lockKey());
  }

  /**
   * Takes the model's lock shared in the transaction of each unit of work that applies events as
   * they are stored. Events a tracking processor applies (a rebuild, a retry) carry a token and are
   * let through: they are not the writes a switch-over holds back. Within a command the lock is the
   * first of the model's {@link DeferredWrites}, so it goes out with them as the transaction
   * commits, in their round trip, and still before any of them.
   */
  static MessageHandlerInterceptor<EventMessage<?>> sharedLock(
      ReadModel model, DeferredWrites writes) {
    String taken = InlineWrites.class.getName() + "/" + model.processor();
    return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
      if (!(unitOfWork.getMessage() instanceof TrackedEventMessage<?>)) {
        unitOfWork
            .root()
            .resources()
            .computeIfAbsent(
                taken,
                resource -> {
                  writes.update(
                      "SELECT pg_advisory_xact_lock_shared(?, ?)", NAMESPACE, model.lockKey());
                  return Boolean.TRUE;
                });
      }
      return chain.proceed();
    };
  }
}
