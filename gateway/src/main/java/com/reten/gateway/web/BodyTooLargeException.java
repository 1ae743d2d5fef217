package com.reten.gateway.web;

import java.io.IOException;

/**
 * Raised while reading a body that turns out larger than allowed. An IOException, as a stream's
 * contract requires, so Jackson and Spring wrap it rather than swallow it; the classifier finds it
 * in the cause chain and answers 413.
 */
final class BodyTooLargeException extends IOException {

  BodyTooLargeException(long maxBytes) {
    super(describe(maxBytes));
  }

  static String describe(long maxBytes) {
    return "Request body exceeds the limit of " + maxBytes + " bytes";
  }
}
