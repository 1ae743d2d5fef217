package com.reten.commandside.user;

import com.reten.api.user.EmailAddress;
import com.reten.api.user.RegisterUserCommand;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.UniqueClaims;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Finds users by e-mail through the command side's claims (never a projection), for handlers that
 * enrol a person into a tenant within their own unit of work.
 */
@Component
public class UserDirectory {

  private final Repository<User> users;
  private final UniqueClaims claims;

  UserDirectory(Repository<User> users, UniqueClaims claims) {
    this.users = users;
    this.claims = claims;
  }

  /**
   * The user holding {@code registration}'s e-mail, loaded as is (password and name unchanged), or
   * a new user registered from it.
   */
  public Aggregate<User> existingOrRegistered(RegisterUserCommand registration) throws Exception {
    var existing =
        claims.owner(ClaimScope.USER_EMAIL, EmailAddress.normalize(registration.email()));
    if (existing.isPresent()) {
      return users.load(existing.get().toString());
    }
    return users.newInstance(() -> new User(registration, claims));
  }
}
