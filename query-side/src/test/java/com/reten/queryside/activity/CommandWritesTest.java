package com.reten.queryside.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.queryside.testsupport.ReadModelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outside a command, each write goes out at once, whatever the statement: other modules' deferred
 * writes include a SELECT (the replay lock), which an update call would refuse ("a result was
 * returned when none was expected", seen when a tracking processor's handler sent a command).
 */
@Import(CommandWrites.class)
class CommandWritesTest extends ReadModelTest {

  @Autowired CommandWrites writes;
  @Autowired JdbcTemplate jdbc;

  @Test
  void outsideACommandASelectAndAWriteRunAtOnce() {
    writes.update("SELECT pg_advisory_xact_lock_shared(?, ?)", 1, 2);
    writes.update("CREATE TEMPORARY TABLE written (n int)");
    writes.update("INSERT INTO written VALUES (?)", 7);

    assertThat(jdbc.queryForObject("SELECT n FROM written", Integer.class)).isEqualTo(7);
  }
}
