package com.reten.api.error;

/**
 * The class of failure an {@link ErrorCode} belongs to; the gateway maps each kind to one HTTP
 * status.
 */
public enum ErrorKind {
  BAD_REQUEST,
  UNAUTHORIZED,
  FORBIDDEN,
  NOT_FOUND,
  CONFLICT,
  PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE,
  TOO_MANY_REQUESTS,
  BAD_GATEWAY,
  UNAVAILABLE
}
