package com.reten.api.dispatch;

/**
 * Why a dispatch attempt failed, as the {@code errorCode} of an activity's DISPATCH_ATTEMPT_FAILED
 * and DISPATCH_FAILED status events. Names are stable.
 */
public enum DispatchErrorCode {
  /** The tenant had no active dispatch config for the activity's channel when it was due. */
  NO_ACTIVE_DISPATCH_CONFIG,
  /** The config's provider was deactivated in the catalog. */
  DISPATCH_PROVIDER_INACTIVE,
  /** The provider answered with a status other than 2xx. */
  PROVIDER_HTTP_ERROR,
  /** The provider did not answer within the timeout. */
  PROVIDER_TIMEOUT,
  /** The provider could not be reached (connection refused, unknown host, TLS failure). */
  PROVIDER_UNREACHABLE,
  /** The stored credentials could not be decrypted with the configured key. */
  CREDENTIALS_UNREADABLE
}
