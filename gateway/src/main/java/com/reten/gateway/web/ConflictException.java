package com.reten.gateway.web;

import java.util.List;

/**
 * A 409 whose body names what the request conflicts with in {@code details}, e.g. the activity an
 * idempotency key already created.
 */
public class ConflictException extends RuntimeException {

  private final List<ApiError.Detail> details;

  public ConflictException(String message, List<ApiError.Detail> details) {
    super(message);
    this.details = List.copyOf(details);
  }

  ApiError toError() {
    var status = org.springframework.http.HttpStatus.CONFLICT;
    return new ApiError(status.value(), getMessage(), status.getReasonPhrase(), details);
  }
}
