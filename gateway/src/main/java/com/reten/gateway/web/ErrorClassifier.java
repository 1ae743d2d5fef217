package com.reten.gateway.web;

import com.reten.api.error.ErrorDetails;
import com.reten.api.error.ErrorKind;
import com.reten.api.error.RetenException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;

/**
 * The single place that decides which status and client-safe message an exception becomes, shared
 * by the MVC advice and the /error page so a failure reads the same wherever it was thrown.
 */
final class ErrorClassifier {

  private static final Logger log = LoggerFactory.getLogger(ErrorClassifier.class);

  ResponseEntity<ApiError> respond(Throwable ex, HttpServletRequest request) {
    HttpHeaders headers = new HttpHeaders();
    if (ex instanceof ErrorResponse framework) {
      headers.addAll(framework.getHeaders()); // e.g. Allow on 405, Accept on 415
    }
    if (ex instanceof TooManyRequestsException tooMany) {
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
    }
    return respond(classify(ex, request), headers);
  }

  ResponseEntity<ApiError> respond(int status, HttpServletRequest request) {
    return respond(RequestProblems.forStatus(status, request), new HttpHeaders());
  }

  ApiError classify(Throwable ex, HttpServletRequest request) {
    ApiError error = fromCauseChain(ex);
    if (error == null) {
      error = RequestProblems.classify(ex, request);
    }
    if (error == null || error.statusCode() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
      log.error("Unhandled error on {} {}", request.getMethod(), RequestProblems.path(request), ex);
      return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error");
    }
    return error;
  }

  static HttpStatus status(ErrorKind kind) {
    // No default branch: a new ErrorKind must not compile until it has a status.
    return switch (kind) {
      case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
      case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case PAYLOAD_TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
      case BAD_GATEWAY -> HttpStatus.BAD_GATEWAY;
      case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
    };
  }

  /**
   * Business and infrastructure signals win wherever they sit in the chain: Axon, Jackson and the
   * servlet container all wrap them, and the wrapper says nothing useful to a client.
   */
  private static ApiError fromCauseChain(Throwable ex) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = ex; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof RetenException reten) {
        return fromDetails(reten.details());
      }
      if (t instanceof HandlerExecutionException handler
          && handler.getDetails().orElse(null) instanceof ErrorDetails details) {
        return fromDetails(details);
      }
      if (t instanceof ConflictException conflict) {
        return conflict.toError();
      }
      if (t instanceof RefusedTextException refused) {
        return ApiError.of(HttpStatus.BAD_REQUEST, refused.getOriginalMessage());
      }
      if (t instanceof BodyTooLargeException) {
        return ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, t.getMessage());
      }
      // Incompatible: the id is another kind of aggregate's, e.g. a route's id on /operators/{id}.
      if (t instanceof AggregateNotFoundException || t instanceof IncompatibleAggregateException) {
        return ApiError.of(HttpStatus.NOT_FOUND, "Resource not found");
      }
      if (t instanceof ConflictingModificationException || t instanceof ConcurrencyException) {
        return ApiError.of(HttpStatus.CONFLICT, "Resource was modified concurrently; retry");
      }
      if (DatabaseLoss.is(t)) {
        log.warn("Database unavailable: {}", t.toString());
        return ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable");
      }
    }
    return null;
  }

  private static ApiError fromDetails(ErrorDetails details) {
    return ApiError.of(status(details.code().kind()), details.message());
  }

  private static ResponseEntity<ApiError> respond(ApiError error, HttpHeaders headers) {
    // Preset so errors are JSON even when the client's Accept header asked for something else.
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (error.statusCode() == HttpStatus.SERVICE_UNAVAILABLE.value()
        && !headers.containsKey(HttpHeaders.RETRY_AFTER)) {
      headers.set(HttpHeaders.RETRY_AFTER, DatabaseLoss.RETRY_AFTER_SECONDS);
    }
    return ResponseEntity.status(error.statusCode()).headers(headers).body(error);
  }
}
