package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A commerce with its addresses and users (with their roles and contacts). */
record CommerceResponse(
    UUID id,
    String name,
    String externalId,
    String globalExternalId,
    String taxId,
    boolean isActive,
    boolean isPlaceholder,
    Map<String, Object> metadata,
    Instant createdAt,
    Instant updatedAt,
    List<CommerceAddressResponse> addresses,
    List<CommerceUserResponse> users) {

  static CommerceResponse of(CommerceView view) {
    return new CommerceResponse(
        view.id(),
        view.name(),
        view.externalId(),
        view.globalExternalId(),
        view.taxId(),
        view.active(),
        view.placeholder(),
        view.metadata(),
        view.createdAt(),
        view.updatedAt(),
        view.addresses().stream().map(CommerceAddressResponse::of).toList(),
        view.users().stream().map(CommerceUserResponse::of).toList());
  }
}
