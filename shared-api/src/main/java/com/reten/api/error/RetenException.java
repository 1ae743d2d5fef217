package com.reten.api.error;

/**
 * A rule Reten refuses to break, with the code that says how and a message safe to show a client.
 * Command and query handlers throw it; it crosses the Axon buses as {@link ErrorDetails}.
 */
public class RetenException extends RuntimeException {

  private final ErrorCode code;

  public RetenException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  public ErrorDetails details() {
    return new ErrorDetails(code, getMessage());
  }

  public static RetenException notFound(String what) {
    return new RetenException(ErrorCode.NOT_FOUND, what + " not found");
  }
}
