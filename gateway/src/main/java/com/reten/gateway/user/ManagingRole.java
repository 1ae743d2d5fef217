package com.reten.gateway.user;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.security.Role;
import com.reten.gateway.security.Caller;

/**
 * The role a caller manages other users with: their highest role in the active tenant. Commands
 * carry it, and the command side enforces the strict hierarchy against it.
 */
public final class ManagingRole {

  private ManagingRole() {}

  public static Role of(Caller caller) {
    return caller
        .highestRole()
        .orElseThrow(
            () ->
                new RetenException(ErrorCode.PERMISSION_DENIED, "You hold no role in this tenant"));
  }
}
