package com.reten.gateway.activity;

import com.reten.api.activity.AttributeRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One attribute of a create request: a catalog key with the caller's value and/or fallback. */
record AttributeValueRequest(@NotBlank @Size(max = 100) String key, Object value, Object fallback) {

  AttributeRequest attribute() {
    return new AttributeRequest(key, value, fallback);
  }
}
