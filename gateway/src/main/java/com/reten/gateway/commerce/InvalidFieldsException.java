package com.reten.gateway.commerce;

import com.reten.gateway.web.ApiError;
import java.util.List;

/**
 * A 400 found by the commerce controllers themselves rather than by bean validation: a rule that
 * spans several items of a sync, or a contact value checked against the type it already has.
 */
class InvalidFieldsException extends RuntimeException {

  private final transient List<ApiError.Detail> details;

  InvalidFieldsException(List<ApiError.Detail> details) {
    super(details.get(0).field() + ": " + details.get(0).message());
    this.details = List.copyOf(details);
  }

  ApiError toError() {
    return new ApiError(400, getMessage(), "Bad Request", details);
  }
}
