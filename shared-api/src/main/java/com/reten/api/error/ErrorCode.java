package com.reten.api.error;

/**
 * Every business and protocol error Reten reports. The code travels from command and query handlers
 * to the gateway, which turns its {@link ErrorKind} into an HTTP status; the name is stable and may
 * be logged, but clients read the status and message.
 */
public enum ErrorCode {
  VALIDATION_FAILED(ErrorKind.BAD_REQUEST),
  INVALID_STATE_TRANSITION(ErrorKind.BAD_REQUEST),
  UNAUTHENTICATED(ErrorKind.UNAUTHORIZED),
  INVALID_CREDENTIALS(ErrorKind.UNAUTHORIZED),
  PERMISSION_DENIED(ErrorKind.FORBIDDEN),
  TENANT_ACCESS_DENIED(ErrorKind.FORBIDDEN),
  NOT_FOUND(ErrorKind.NOT_FOUND),
  SLUG_TAKEN(ErrorKind.CONFLICT),
  EMAIL_TAKEN(ErrorKind.CONFLICT),
  ALREADY_MEMBER(ErrorKind.CONFLICT),
  EXTERNAL_ID_TAKEN(ErrorKind.CONFLICT),
  COMMERCE_EXTERNAL_ID_TAKEN(ErrorKind.CONFLICT),
  COMMERCE_TAX_ID_TAKEN(ErrorKind.CONFLICT),
  COMMERCE_USER_EXTERNAL_ID_TAKEN(ErrorKind.CONFLICT),
  CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
  TARGET_RESOLUTION_PRIORITY_TAKEN(ErrorKind.CONFLICT),
  TASK_RESULT_TYPE_TAKEN(ErrorKind.CONFLICT),
  RESULT_ALREADY_FINAL(ErrorKind.CONFLICT),
  IDEMPOTENCY_KEY_REUSED(ErrorKind.CONFLICT),
  DISPATCH_PROVIDER_CODE_TAKEN(ErrorKind.CONFLICT),
  DISPATCH_CHANNEL_TAKEN(ErrorKind.CONFLICT),
  PROJECTION_NOT_REPLAYABLE(ErrorKind.CONFLICT),
  PROJECTION_REPLAY_RUNNING(ErrorKind.CONFLICT),
  DISPATCH_FAILED(ErrorKind.BAD_GATEWAY),
  PAYLOAD_TOO_LARGE(ErrorKind.PAYLOAD_TOO_LARGE),
  UNSUPPORTED_MEDIA_TYPE(ErrorKind.UNSUPPORTED_MEDIA_TYPE),
  RATE_LIMITED(ErrorKind.TOO_MANY_REQUESTS),
  DATABASE_UNAVAILABLE(ErrorKind.UNAVAILABLE);

  private final ErrorKind kind;

  ErrorCode(ErrorKind kind) {
    this.kind = kind;
  }

  public ErrorKind kind() {
    return kind;
  }
}
