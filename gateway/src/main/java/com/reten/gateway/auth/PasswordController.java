package com.reten.gateway.auth;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.api.user.ChangePasswordCommand;
import com.reten.api.user.FindUserCredentialsQuery;
import com.reten.api.user.ResetUserPasswordCommand;
import com.reten.api.user.UserCredentialsView;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.PasswordHasher;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.security.SignedIn;
import com.reten.gateway.user.ManagingRole;
import com.reten.gateway.user.UserCommands;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password changes. Passwords are verified and hashed here, so no plaintext crosses the command
 * bus; every change revokes the user's refresh tokens.
 */
@Tag(name = "Auth")
@RestController
@RequestMapping("/api/auth")
class PasswordController {

  private static final MessageResponse RESET = new MessageResponse("Password reset successfully");
  private static final String REVOKES =
      " Revokes every refresh token of the user (each device must sign in again); access tokens"
          + " already issued stay valid until they expire.";

  private final UserCommands commands;
  private final QueryGateway queries;
  private final PasswordHasher hasher;
  private final Clock clock;

  PasswordController(
      UserCommands commands, QueryGateway queries, PasswordHasher hasher, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.hasher = hasher;
    this.clock = clock;
  }

  @Operation(
      operationId = "resetMyPassword",
      summary = "Change the signed-in user's password",
      description = "400 when currentPassword is wrong or newPassword is shorter than 8." + REVOKES)
  @PostMapping("/reset-my-password")
  @SignedIn
  MessageResponse resetMine(@Valid @RequestBody ResetMyPasswordRequest request, Caller caller) {
    String storedHash =
        queries
            .query(
                new FindUserCredentialsQuery(caller.user().email()),
                ResponseTypes.optionalInstanceOf(UserCredentialsView.class))
            .join()
            .filter(credentials -> credentials.userId().equals(caller.userId()))
            .map(UserCredentialsView::passwordHash)
            .orElse(null);
    if (!hasher.matches(request.currentPassword(), storedHash)) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "Current password is incorrect");
    }
    commands.send(
        new ChangePasswordCommand(
            caller.userId(), hasher.hash(request.newPassword()), clock.instant()));
    return RESET;
  }

  @Operation(
      summary = "Reset the password of a member of the tenant",
      description =
          "Only for a user strictly below the caller's highest role in the tenant, judged by the"
              + " user's highest role in any tenant (a password opens all of them); else 403."
              + " 404 for a user who is not a member of the tenant."
              + REVOKES)
  @PostMapping("/reset-user-password")
  @RequiresPermission(Permission.RESET_USER_PASSWORD)
  MessageResponse resetUser(@Valid @RequestBody ResetUserPasswordRequest request, Caller caller) {
    commands.send(
        new ResetUserPasswordCommand(
            caller.tenantId(),
            request.userId(),
            hasher.hash(request.newPassword()),
            ManagingRole.of(caller),
            clock.instant()));
    return RESET;
  }
}
