package com.reten.gateway.commerce;

import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.RecordSource;
import jakarta.validation.constraints.NotNull;

/** A new contact (also one of a sync, where {@code source} is INTEGRATION whatever is sent). */
@ContactValue
record ContactRequest(
    @NotNull ContactType contactType, String value, RecordSource source, Boolean isPrimary) {

  boolean primary() {
    return Boolean.TRUE.equals(isPrimary);
  }
}
