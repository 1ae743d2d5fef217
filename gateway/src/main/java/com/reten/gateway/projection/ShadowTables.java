package com.reten.gateway.projection;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rebuilt copy of a read model, in a schema of its own beside the live tables. The live tables
 * are never dropped or renamed: the switch replaces their rows in one transaction, so their
 * indexes, constraints and names stay what the migrations made, and readers see the old rows until
 * the commit and the new ones after it — never an empty or half-filled table.
 */
@Component
class ShadowTables {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  ShadowTables(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /** Empty tables shaped exactly as the live ones (columns, defaults, checks, unique indexes). */
  void create(ReadModel model) {
    transaction.executeWithoutResult(
        status -> {
          dropSchema(model);
          jdbc.execute("CREATE SCHEMA " + model.shadowSchema());
          for (String table : model.tables()) {
            jdbc.execute(
                "CREATE TABLE %s.%s (LIKE public.%s INCLUDING ALL)"
                    .formatted(model.shadowSchema(), table, table));
          }
        });
  }

  /**
   * Puts the rebuilt rows in place of the live ones and, if {@code handOverToken}, the rebuilding
   * processor's token in place of the live processor's, in one transaction. Both writers must be
   * stopped. Readers are not blocked: the lock taken only keeps other writers out.
   */
  void switchOver(ReadModel model, boolean handOverToken) {
    transaction.executeWithoutResult(
        status -> {
          List<String> tables = model.tables();
          jdbc.execute(
              "LOCK TABLE public." + String.join(", public.", tables) + " IN EXCLUSIVE MODE");
          for (int i = tables.size() - 1; i >= 0; i--) {
            jdbc.execute("DELETE FROM public." + tables.get(i));
          }
          for (String table : tables) {
            jdbc.execute(
                "INSERT INTO public.%s SELECT * FROM %s.%s"
                    .formatted(table, model.shadowSchema(), table));
          }
          if (handOverToken) {
            moveToken(model);
          }
          // The rebuild applied every event (it fails on the first it cannot), so the live
          // processor's parked events are in the new rows and their letters are spent.
          jdbc.update(
              "DELETE FROM " + DeadLetterReads.TABLE + " WHERE processing_group = ?",
              model.processor());
        });
  }

  /** Removes the rebuilt copy and the rebuilding processor's token, whatever state they are in. */
  void discard(ReadModel model) {
    transaction.executeWithoutResult(
        status -> {
          dropSchema(model);
          jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", model.rebuildProcessor());
        });
  }

  private void moveToken(ReadModel model) {
    int moved =
        jdbc.update(
            """
            UPDATE token_entry live
               SET token = rebuilt.token, token_type = rebuilt.token_type,
                   timestamp = rebuilt.timestamp, owner = NULL
              FROM token_entry rebuilt
             WHERE live.processor_name = ? AND rebuilt.processor_name = ?
               AND live.segment = rebuilt.segment
            """,
            model.processor(),
            model.rebuildProcessor());
    if (moved != 1) {
      throw new ReplayFailure(
          "Expected one token segment of %s to take over, found %d"
              .formatted(model.processor(), moved));
    }
    jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", model.rebuildProcessor());
  }

  private void dropSchema(ReadModel model) {
    jdbc.execute("DROP SCHEMA IF EXISTS " + model.shadowSchema() + " CASCADE");
  }
}
