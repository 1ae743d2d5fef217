package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceContactView;
import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.RecordSource;
import java.time.Instant;
import java.util.UUID;

/** A way to reach a commerce user. */
record CommerceContactResponse(
    UUID id,
    ContactType contactType,
    String value,
    RecordSource source,
    boolean isPrimary,
    boolean isActive,
    Instant createdAt,
    Instant updatedAt) {

  static CommerceContactResponse of(CommerceContactView view) {
    return new CommerceContactResponse(
        view.id(),
        view.contactType(),
        view.value(),
        view.source(),
        view.primary(),
        view.active(),
        view.createdAt(),
        view.updatedAt());
  }
}
