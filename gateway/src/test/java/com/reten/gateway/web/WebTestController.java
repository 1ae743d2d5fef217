package com.reten.gateway.web;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.ErrorDetails;
import com.reten.api.error.RetenException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.MDC;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that exercise each convention. @TestComponent keeps it out of the application's own
 * component scan (and other engineers' slices); the web tests import it explicitly.
 */
@TestComponent
@Hidden // a test fixture, not part of the published API
@RestController
@RequestMapping("/test")
class WebTestController {

  static final String SECRET =
      "SELECT password FROM users; at com.reten.Secret.leak(Secret.java:1)";

  /** Failures a controller can raise, by name, so tests can walk the whole mapping table. */
  static final Map<String, Supplier<Exception>> FAILURES =
      Map.of(
          "command-details",
          () -> new CommandExecutionException(SECRET, null, details(ErrorCode.EMAIL_TAKEN)),
          "query-details",
          () -> new QueryExecutionException(SECRET, null, details(ErrorCode.NOT_FOUND)),
          "aggregate-not-found",
          () -> new AggregateNotFoundException("a-1", SECRET),
          "version-conflict",
          () -> new ConflictingAggregateVersionException("a-1", 3, 4),
          "concurrency",
          () -> new ConcurrencyException(SECRET),
          "db-pool",
          () -> new CannotCreateTransactionException(SECRET, new SQLTransientConnectionException()),
          "db-in-command",
          () -> new CommandExecutionException(SECRET, new SQLException(SECRET, "08006"), null),
          "db-refused",
          () -> new IllegalStateException(SECRET, new ConnectException(SECRET)),
          "bug",
          () -> new IllegalStateException(SECRET));

  record SignupRequest(
      @NotBlank @Email String adminEmail,
      @NotBlank String companyName,
      @Valid @NotNull Address billingAddress,
      List<@Valid Seat> seatAssignments,
      Plan plan,
      UUID ownerId,
      Integer seatCount) {}

  record Address(@NotBlank String streetLine, String zipCode) {}

  /** One field of each JSON type the API reads, for the strict-input tests. */
  record Typed(String name, Boolean active, Integer count, Instant startsAt, Plan plan) {}

  record Seat(@NotBlank String userEmail) {}

  enum Plan {
    FREE,
    PRO
  }

  private final Validator validator;

  WebTestController(Validator validator) {
    this.validator = validator;
  }

  @PostMapping("/signups")
  SignupRequest signup(@Valid @RequestBody SignupRequest body) {
    return body;
  }

  @PostMapping("/typed")
  Typed typed(@RequestBody Typed body) {
    return body;
  }

  @GetMapping("/instants")
  Instant instant(@RequestParam Instant from) {
    return from;
  }

  @PostMapping(path = "/bytes", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  int bytes(@RequestBody byte[] body) {
    return body.length;
  }

  @PostMapping("/addresses")
  void address(@RequestBody Address address) {
    throw new ConstraintViolationException(validator.validate(address));
  }

  @GetMapping("/filters")
  Map<String, Object> filters(
      @RequestParam("is_active") boolean isActive,
      @RequestParam(name = "sort_order", defaultValue = "none") String sortOrder) {
    return Map.of("isActive", isActive, "sortOrder", sortOrder);
  }

  @GetMapping("/bounded")
  int bounded(@RequestParam("max_count") @Min(1) int maxCount) {
    return maxCount;
  }

  @GetMapping("/items/{id}")
  UUID item(@PathVariable UUID id) {
    return id;
  }

  @GetMapping("/numbers")
  PageResponse<Long> numbers(PageParams params, @RequestParam long total) {
    long end = Math.min(params.offset() + params.limit(), total);
    return PageResponse.of(LongStream.range(params.offset(), end).boxed().toList(), total, params);
  }

  @GetMapping("/fail/reten/{code}")
  void failWith(@PathVariable ErrorCode code) {
    throw new RetenException(code, "Refused: " + code);
  }

  @GetMapping("/fail/{name}")
  void fail(@PathVariable String name) throws Exception {
    throw FAILURES.get(name).get();
  }

  @GetMapping("/request-id")
  String requestId() {
    return RequestId.current().orElse("none") + "|" + MDC.get(RequestId.MDC_KEY);
  }

  private static ErrorDetails details(ErrorCode code) {
    return new ErrorDetails(code, "Refused: " + code);
  }
}
