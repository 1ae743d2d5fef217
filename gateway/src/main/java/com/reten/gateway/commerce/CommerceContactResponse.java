package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceContactView;
import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.RecordSource;
import java.time.Instant;
import java.util.UUID;

/**
 * A way to reach a commerce user. {@code type} is the name Reten's public docs give the contact's
 * type; {@code contactType}, the name requests use, carries the same value.
 */
record CommerceContactResponse(
    UUID id,
    ContactType type,
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
        view.contactType(),
        view.value(),
        view.source(),
        view.primary(),
        view.active(),
        view.createdAt(),
        view.updatedAt());
  }
}
