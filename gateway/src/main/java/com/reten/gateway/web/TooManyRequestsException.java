package com.reten.gateway.web;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;

/** A 429 that tells the client when to come back; the error mapping adds {@code Retry-After}. */
public class TooManyRequestsException extends RetenException {

  private final long retryAfterSeconds;

  public TooManyRequestsException(String message, long retryAfterSeconds) {
    super(ErrorCode.RATE_LIMITED, message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
