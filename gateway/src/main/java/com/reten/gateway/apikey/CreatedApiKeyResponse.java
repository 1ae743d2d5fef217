package com.reten.gateway.apikey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The one response that shows a key's plaintext, as {@code plaintextKey} and, for clients of the
 * public API, as {@code key}.
 */
record CreatedApiKeyResponse(@JsonUnwrapped ApiKeyResponse apiKey, String plaintextKey) {

  @JsonProperty("key")
  String key() {
    return plaintextKey;
  }
}
