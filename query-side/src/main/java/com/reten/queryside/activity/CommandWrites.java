package com.reten.queryside.activity;

import com.reten.api.store.DeferredWrites;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The activity model's writes made while a command is handled (its inline handlers), held until the
 * command's transaction commits and then sent to PostgreSQL as one multi-statement round trip, in
 * the order they were made. A create wrote its row, status event, target users and version in four
 * round trips; each cost the request thread a socket write and read and PostgreSQL a wake-up
 * (bench/side, 2026-12-07). A failing write still fails the command whole: the flush runs before
 * the commit, and its exception rolls the transaction back. No handler of this model reads a table
 * it writes, so none can miss a held write. Writes outside a command (a rebuild, a retry on a
 * tracking processor) go out at once, as before. Other modules add theirs through {@link
 * DeferredWrites} (the dispatch queue, the replay lock), so they share the round trip.
 */
@Component
class CommandWrites implements DeferredWrites {

  /** Beyond this many parameters a pending batch is sent early; PostgreSQL allows 65,535. */
  private static final int MAX_PARAMETERS = 10_000;

  private final JdbcTemplate jdbc;

  CommandWrites(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void update(String sql, Object... args) {
    Pending pending = pending();
    if (pending == null) {
      // Executed, not executeUpdate: a statement here may be a SELECT (the replay lock).
      jdbc.execute(sql, (PreparedStatement ps) -> execute(ps, args));
    } else {
      pending.add(sql, args);
    }
  }

  /** One statement per row of arguments. */
  void batchUpdate(String sql, List<Object[]> rows) {
    Pending pending = pending();
    if (pending == null) {
      jdbc.batchUpdate(sql, rows);
    } else {
      rows.forEach(args -> pending.add(sql, args));
    }
  }

  private static Void execute(PreparedStatement ps, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
    }
    ps.execute();
    return null;
  }

  private Pending pending() {
    if (!CurrentUnitOfWork.isStarted()
        || !(CurrentUnitOfWork.get().root().getMessage() instanceof CommandMessage<?>)
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    return pending;
  }

  private final class Pending implements TransactionSynchronization {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    void add(String statement, Object[] statementArgs) {
      if (args.size() + statementArgs.length > MAX_PARAMETERS) {
        send();
      }
      sql.append(statement.strip()).append(";\n");
      Collections.addAll(args, statementArgs);
    }

    private void send() {
      if (sql.isEmpty()) {
        return;
      }
      String batch = sql.toString();
      Object[] values = args.toArray();
      sql.setLength(0);
      args.clear();
      jdbc.execute(batch, (PreparedStatement ps) -> execute(ps, values));
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      send();
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(CommandWrites.this);
    }
  }
}
