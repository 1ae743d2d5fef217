package com.reten.commandside.dispatcher;

import com.reten.api.dispatch.DispatchErrorCode;

/**
 * How a provider answered one request.
 *
 * @param accepted whether it answered 2xx
 * @param providerActivityId its id for the activity, or {@code null}
 * @param errorCode why it failed, or {@code null}
 * @param errorMessage a message for the status event (no secrets, no response body)
 */
record ProviderReply(
    boolean accepted, String providerActivityId, DispatchErrorCode errorCode, String errorMessage) {

  static ProviderReply accepted(String providerActivityId) {
    return new ProviderReply(true, providerActivityId, null, null);
  }

  static ProviderReply failed(DispatchErrorCode code, String message) {
    return new ProviderReply(false, null, code, message);
  }
}
