package com.reten.gateway.security;

import com.reten.api.user.BootstrapSuperAdminCommand;
import com.reten.api.user.FindUserCredentialsQuery;
import com.reten.api.user.RegisterUserCommand;
import com.reten.api.user.UserCredentialsView;
import com.reten.gateway.command.Commands;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the SUPER_ADMIN at start when no user exists. The user id is derived from the e-mail, so
 * two nodes starting at once race for the same aggregate and only one can win.
 */
@Component
class SuperAdminBootstrapRunner implements ApplicationRunner {

  static final String LOCAL_DEFAULT_PASSWORD = "reten-admin-password";
  private static final Duration SIGN_IN_WAIT = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(SuperAdminBootstrapRunner.class);

  private final BootstrapProperties properties;
  private final PasswordHasher hasher;
  private final Commands commands;
  private final QueryGateway queries;
  private final Clock clock;

  SuperAdminBootstrapRunner(
      BootstrapProperties properties,
      PasswordHasher hasher,
      Commands commands,
      QueryGateway queries,
      Clock clock) {
    this.properties = properties;
    this.hasher = hasher;
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * Start-up completes only once the admin can sign in. Right after start the projections may not
   * have claimed their segments yet, which the command barrier cannot see, so ask the read model.
   */
  private void awaitSignInPossible(String email) {
    long deadline = System.nanoTime() + SIGN_IN_WAIT.toNanos();
    while (queries
        .query(
            new FindUserCredentialsQuery(email),
            ResponseTypes.optionalInstanceOf(UserCredentialsView.class))
        .join()
        .isEmpty()) {
      if (System.nanoTime() > deadline) {
        log.warn("Bootstrap SUPER_ADMIN {} is not yet visible to sign-in", email);
        return;
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    String email = properties.email();
    UUID userId = UUID.nameUUIDFromBytes(("super-admin:" + email).getBytes(StandardCharsets.UTF_8));
    var registration =
        new RegisterUserCommand(
            null,
            userId,
            email,
            hasher.hash(properties.password()),
            "Super",
            "Admin",
            true,
            clock.instant());
    Boolean created = commands.send(new BootstrapSuperAdminCommand(registration));
    awaitSignInPossible(email);
    if (Boolean.TRUE.equals(created)) {
      log.info("Created bootstrap SUPER_ADMIN {}", email);
      if (LOCAL_DEFAULT_PASSWORD.equals(properties.password())) {
        log.warn(
            "Bootstrap SUPER_ADMIN uses the local default login {} / {}: change it outside local"
                + " development",
            email,
            LOCAL_DEFAULT_PASSWORD);
      }
    }
  }
}
