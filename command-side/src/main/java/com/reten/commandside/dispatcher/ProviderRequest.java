package com.reten.commandside.dispatcher;

import java.util.Map;
import java.util.Optional;

/**
 * One call to a provider, secrets in clear for its duration only; {@link #toString()} hides them.
 *
 * @param providerCode MOCK is answered in-process
 * @param baseUrl the config's base URL
 * @param activityId the {@code Idempotency-Key}
 * @param body the JSON body, sent and signed as is
 * @param credentials the config's credentials ({@code apiKey} becomes {@code x-api-key})
 * @param signingSecret the config's signing secret, if any
 */
record ProviderRequest(
    String providerCode,
    String baseUrl,
    String activityId,
    String body,
    Map<String, String> credentials,
    Optional<String> signingSecret) {

  @Override
  public String toString() {
    return "ProviderRequest[" + providerCode + ", " + baseUrl + ", " + activityId + "]";
  }
}
