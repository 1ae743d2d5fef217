package com.reten.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Outside the local profile the app refuses to start without explicit bootstrap credentials. */
class BootstrapPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(BootstrapProperties.class)
  static class Bootstrap {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(new ConfigDataApplicationContextInitializer())
          .withUserConfiguration(Bootstrap.class);

  @Test
  void theLocalProfileUsesTheDocumentedDefaults() {
    runner
        .withPropertyValues("spring.profiles.active=local")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              BootstrapProperties properties = context.getBean(BootstrapProperties.class);
              assertThat(properties.email()).isEqualTo("admin@reten.local");
              assertThat(properties.password()).isEqualTo("reten-admin-password");
            });
  }

  @Test
  void anyOtherProfileWithoutCredentialsRefusesToStart() {
    runner
        .withPropertyValues("spring.profiles.active=prod")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void explicitCredentialsWinInAnyProfile() {
    runner
        .withPropertyValues(
            "spring.profiles.active=prod",
            "reten.bootstrap.email=ops@example.com",
            "reten.bootstrap.password=a-long-secret")
        .run(
            context ->
                assertThat(context.getBean(BootstrapProperties.class).email())
                    .isEqualTo("ops@example.com"));
  }
}
