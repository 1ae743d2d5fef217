package com.reten.gateway.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.StatementCounting;
import com.reten.gateway.support.StatementCounting.Counts;
import com.reten.gateway.support.TaskWorld;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Import;

/**
 * The statement budget of the hottest routes, so the write and read paths cannot silently grow back
 * (issue 15 lowers these ceilings as it removes work). A create counts every statement until its
 * 201, projections included (the create answers only once they have its events); a GET counts the
 * request thread's. Its own context: the DataSource is wrapped to count.
 */
@Import(StatementCounting.Config.class)
class HotPathStatementsTest extends IntegrationTest {

  private static final Logger log = LoggerFactory.getLogger(HotPathStatementsTest.class);

  /*
   * Measured (2026-12-07): a create runs 12 statements on the request thread (the activity read
   * model is written inline, in its transaction, its writes sent together as the transaction
   * commits, with the dispatch queue's row and the replay lock; the commerce's name is copied
   * inside its INSERT) and 6-12 in processors, in 7-14
   * commits, of which one is the request's: the command's transaction, which also checks the
   * idempotency key; a GET by id 2 statements (the caller, the activity), each outside any
   * transaction. The request thread, where the whole write path now runs, is checked exactly; the
   * totals only against gross growth, since idle processors renewing their claims (one UPDATE and
   * commit each, every few seconds) land in the window at random. Earlier: 18 before the inline
   * writes were sent together, 14 before the dispatch queue's row and the replay lock joined them,
   * 19 before they left JPA; with the read model in a tracking
   * processor 14 + 13-15 in 10-11 commits; before the JDBC read-back and batched event log and
   * target users 16 + 15-19, 10-14 commits.
   */
  static final long CREATE_REQUEST_STATEMENTS = 12;
  static final long CREATE_STATEMENTS = 40;
  static final long CREATE_COMMITS = 20;
  static final long GET_STATEMENTS = 2;

  @Test
  void aCreateAndAnAuthenticatedGetStayWithinTheirStatementBudget() {
    TaskWorld world = TaskWorld.create(api, asRoot());
    String due = Instant.now().plus(Duration.ofDays(1)).toString();
    for (int i = 0; i < 3; i++) {
      world.task("warm-up-" + i, "SALESMAN", due); // caches, lazy initialisation, the JIT
    }

    StatementCounting.reset();
    String id = world.task("counted", "SALESMAN", due);
    Counts create = StatementCounting.counts();
    StatementCounting.reset();
    assertThat(world.admin().get("/api/activities/" + id).status()).isEqualTo(200);
    Counts get = StatementCounting.counts();

    log.info("Statements per create: {}; per authenticated GET by id: {}", create, get);
    assertThat(create.requestStatements())
        .as("%s", create)
        .isLessThanOrEqualTo(CREATE_REQUEST_STATEMENTS);
    assertThat(create.statements()).as("%s", create).isLessThanOrEqualTo(CREATE_STATEMENTS);
    assertThat(create.commits()).as("%s", create).isLessThanOrEqualTo(CREATE_COMMITS);
    assertThat(create.requestCommits()).as("one transaction: %s", create).isEqualTo(1);
    assertThat(get.requestStatements()).as("%s", get).isLessThanOrEqualTo(GET_STATEMENTS);
    assertThat(get.requestCommits()).as("no transaction: %s", get).isZero();
  }
}
