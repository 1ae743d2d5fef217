package com.reten.commandside.user;

import com.reten.api.user.BootstrapSuperAdminCommand;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates the first SUPER_ADMIN. The decision reads the command side's e-mail claims, which are
 * written with every registration, so it never depends on how far a projection has caught up.
 */
@Component
class SuperAdminBootstrap {

  private final Repository<User> users;
  private final UniqueClaims claims;

  SuperAdminBootstrap(Repository<User> users, UniqueClaims claims) {
    this.users = users;
    this.claims = claims;
  }

  @CommandHandler
  boolean handle(BootstrapSuperAdminCommand command) throws Exception {
    if (claims.anyIn(ClaimScope.USER_EMAIL)) {
      return false;
    }
    users.newInstance(() -> new User(command.user(), claims));
    return true;
  }
}
