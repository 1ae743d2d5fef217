package com.reten.gateway.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets a replay hold back the writes of an inline read model (one a subscribing processor updates
 * in the transaction that stores each event) while it switches the rebuilt rows in. Every such
 * transaction takes the model's PostgreSQL advisory lock shared before its handlers write; a {@link
 * #pause} takes it exclusively, so it waits for the writes in flight to commit and later ones wait
 * for it — on every node, since the lock lives in the database, and never beyond the pausing
 * connection's life. A held-back write keeps its pooled connection meanwhile, so a replay pauses
 * only once its rebuild has reached the head, for the last few events and the row swap.
 */
@Component
class InlineWrites {

  /** The first half of every advisory lock key of this class, so no other use of them collides. */
  private static final int NAMESPACE = 0x52455445;

  private final DataSource dataSource;

  InlineWrites(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Holds back the model's writes until the returned pause is closed. The lock is the session's of
   * a connection kept out of the pool meanwhile, so a crash of this node releases it.
   */
  Pause pause(ReadModel model) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        lock(connection, "SELECT pg_advisory_lock(?, ?)", model);
        return new Pause(connection, model);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new ReplayFailure("could not hold back the writes to switch over: " + e.getSQLState());
    }
  }

  /**
   * Takes the model's lock shared in the transaction of each unit of work that applies events as
   * they are stored. Events a tracking processor applies (a rebuild, a retry) carry a token and are
   * let through: they are not the writes a switch-over holds back.
   */
  static MessageHandlerInterceptor<EventMessage<?>> sharedLock(ReadModel model, JdbcTemplate jdbc) {
    String key = InlineWrites.class.getName() + "/" + model.processor();
    return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
      if (!(unitOfWork.getMessage() instanceof TrackedEventMessage<?>)) {
        unitOfWork
            .root()
            .resources()
            .computeIfAbsent(
                key,
                taken -> {
                  jdbc.query(
                      "SELECT pg_advisory_xact_lock_shared(?, ?)",
                      rows -> null,
                      NAMESPACE,
                      model.processor().hashCode());
                  return Boolean.TRUE;
                });
      }
      return chain.proceed();
    };
  }

  private static void lock(Connection connection, String sql, ReadModel model) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, NAMESPACE);
      statement.setInt(2, model.processor().hashCode());
      statement.execute();
    }
  }

  /** The writes of one model held back; closing lets them go on. */
  static final class Pause implements AutoCloseable {

    private final Connection connection;
    private final ReadModel model;

    private Pause(Connection connection, ReadModel model) {
      this.connection = connection;
      this.model = model;
    }

    @Override
    public void close() {
      try (connection) {
        lock(connection, "SELECT pg_advisory_unlock(?, ?)", model);
      } catch (SQLException e) {
        // The pool would hand the session on with the lock still held: end the session instead.
        abort();
        throw new ReplayFailure("could not let the writes go on: " + e.getSQLState());
      }
    }

    private void abort() {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException ignored) {
        // Already gone, and its session with it.
      }
    }
  }
}
