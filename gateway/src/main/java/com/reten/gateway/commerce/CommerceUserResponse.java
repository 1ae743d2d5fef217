package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceUserView;
import com.reten.api.commerce.RecordSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person at a commerce. {@code firstName} is {@code name} up to its first space, {@code lastName}
 * the rest ({@code null} for a one-word name). Roles are objects {@code {role}}, as Reten's public
 * docs show them (requests send plain role names).
 */
record CommerceUserResponse(
    UUID id,
    String name,
    String firstName,
    String lastName,
    String externalId,
    RecordSource source,
    boolean isActive,
    List<Role> roles,
    List<CommerceContactResponse> contacts,
    Instant createdAt,
    Instant updatedAt) {

  /** One role the person holds at the commerce. */
  record Role(CommerceRole role) {}

  static CommerceUserResponse of(CommerceUserView view) {
    String name = view.name();
    int space = name == null ? -1 : name.indexOf(' ');
    return new CommerceUserResponse(
        view.id(),
        name,
        space < 0 ? name : name.substring(0, space),
        space < 0 ? null : name.substring(space + 1),
        view.externalId(),
        view.source(),
        view.active(),
        view.roles().stream().map(Role::new).toList(),
        view.contacts().stream().map(CommerceContactResponse::of).toList(),
        view.createdAt(),
        view.updatedAt());
  }
}
