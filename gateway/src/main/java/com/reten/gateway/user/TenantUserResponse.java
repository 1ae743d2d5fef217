package com.reten.gateway.user;

import com.reten.api.security.Role;
import com.reten.api.user.TenantUserView;
import java.util.List;
import java.util.UUID;

/** A member of the active tenant; {@code roles} are those held there, highest first. */
record TenantUserResponse(
    UUID id, String email, String firstName, String lastName, List<Role> roles) {

  static TenantUserResponse of(TenantUserView view) {
    return new TenantUserResponse(
        view.id(),
        view.email(),
        view.firstName(),
        view.lastName(),
        view.roles().stream().sorted().toList());
  }
}
