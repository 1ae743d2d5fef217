package com.reten.gateway.security;

import com.reten.api.user.BootstrapSuperAdminCommand;
import com.reten.api.user.RegisterUserCommand;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
  private static final Logger log = LoggerFactory.getLogger(SuperAdminBootstrapRunner.class);

  private final BootstrapProperties properties;
  private final PasswordHasher hasher;
  private final CommandGateway commands;
  private final Clock clock;

  SuperAdminBootstrapRunner(
      BootstrapProperties properties, PasswordHasher hasher, CommandGateway commands, Clock clock) {
    this.properties = properties;
    this.hasher = hasher;
    this.commands = commands;
    this.clock = clock;
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
    Boolean created = commands.sendAndWait(new BootstrapSuperAdminCommand(registration));
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
