package com.reten.gateway.dispatch;

import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The dispatch-config fields a PATCH may change; an absent or null field is left as it is. {@link
 * #toString()} hides the credentials and settings, which may hold secrets.
 */
record UpdateConfigRequest(
    @Size(max = 2048) String baseUrl,
    @Size(max = 50) Map<String, Object> credentials,
    @Size(max = 50) Map<String, Object> settings,
    Boolean isActive) {

  @Override
  public String toString() {
    return "UpdateConfigRequest[isActive=%s]".formatted(isActive);
  }
}
