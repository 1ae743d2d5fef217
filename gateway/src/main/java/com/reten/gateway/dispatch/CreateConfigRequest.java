package com.reten.gateway.dispatch;

import com.reten.api.activity.ActivityChannel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/**
 * A new dispatch config (snake_case or camelCase field names). {@link #toString()} hides the
 * credentials and settings, which may hold secrets.
 */
record CreateConfigRequest(
    @NotNull UUID dispatchProviderId,
    @NotNull ActivityChannel channel,
    @Size(max = 2048) String baseUrl,
    @Size(max = 50) Map<String, Object> credentials,
    @Size(max = 50) Map<String, Object> settings) {

  @Override
  public String toString() {
    return "CreateConfigRequest[dispatchProviderId=%s, channel=%s]"
        .formatted(dispatchProviderId, channel);
  }
}
