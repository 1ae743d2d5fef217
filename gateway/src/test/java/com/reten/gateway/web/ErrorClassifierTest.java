package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.ErrorDetails;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorClassifierTest {

  private final ErrorClassifier classifier = new ErrorClassifier();

  static Stream<Throwable> lostDatabase() {
    return Stream.of(
        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"),
        new SQLNonTransientConnectionException("connection closed"),
        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"),
        new CannotCreateTransactionException("Could not open JDBC Connection"),
        new DataAccessResourceFailureException("I/O error"),
        new ConnectException("Connection refused"),
        new SQLException("FATAL: terminating connection", "08006"),
        new SQLException("could not connect", "08001"),
        new SQLException("terminating connection due to administrator command", "57P01"),
        new SQLException("terminating connection because of crash of another process", "57P02"),
        new SQLException("the database system is starting up", "57P03"),
        new UncategorizedSQLException(
            "insert", "INSERT", new SQLException("terminating connection", "57P01")),
        // Seen by bench/faults while PostgreSQL restarted: the rollback of a failed commit.
        new JpaSystemException(
            new RuntimeException(
                "Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed"))),
        new IllegalStateException(new SocketException("Broken pipe")),
        new CommandExecutionException("failed", new SQLException("lost", "08003"), null),
        new QueryExecutionException("failed", new ConnectException("refused")),
        new CompletionException(
            new CommandExecutionException(
                "failed", new RuntimeException(new SQLTransientConnectionException("timeout")))));
  }

  @ParameterizedTest
  @MethodSource("lostDatabase")
  void aLostDatabaseAnywhereInTheChainIs503(Throwable failure) {
    assertThat(classify(failure))
        .isEqualTo(error(503, "Service Unavailable", "Service temporarily unavailable"));
  }

  static Stream<Throwable> otherDatabaseErrors() {
    return Stream.of(
        new SQLException("duplicate key value violates unique constraint", "23505"),
        new SQLException("no state"),
        new SQLException("Connection is closed", "42000"),
        new SQLException("canceling statement due to user request", "57014"),
        new DataIntegrityViolationException("duplicate", new SQLException("dup", "23505")));
  }

  @ParameterizedTest
  @MethodSource("otherDatabaseErrors")
  void otherDatabaseErrorsAreNotMistakenForAnOutage(Throwable failure) {
    assertThat(classify(failure))
        .isEqualTo(error(500, "Internal Server Error", "Internal server error"));
  }

  @Test
  void detailsThatAreNotErrorDetailsAreIgnored() {
    var failure = new CommandExecutionException("failed", null, "some other payload");

    assertThat(classify(failure).statusCode()).isEqualTo(500);
  }

  @Test
  void errorDetailsWinOverTheWrappedCause() {
    var details = new ErrorDetails(ErrorCode.SLUG_TAKEN, "Slug already taken");
    var failure = new CommandExecutionException("x", new SQLException("dup", "08000"), details);

    assertThat(classify(failure)).isEqualTo(error(409, "Conflict", "Slug already taken"));
  }

  @Test
  void aCyclicCauseChainEnds() {
    var first = new IllegalStateException("first");
    var second = new IllegalArgumentException("second", first);
    first.initCause(second);

    assertThat(classify(first).statusCode()).isEqualTo(500);
  }

  private ApiError classify(Throwable failure) {
    return classifier.classify(failure, new MockHttpServletRequest("GET", "/api/x"));
  }

  private static ApiError error(int status, String error, String message) {
    return new ApiError(status, message, error, null);
  }
}
