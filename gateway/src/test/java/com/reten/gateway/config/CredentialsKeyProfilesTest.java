package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.commandside.dispatchconfig.CredentialsCipher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The credentials key per profile: local generates and keeps one beside the embedded data; any
 * other profile refuses to start without RETEN_CREDENTIALS_KEY.
 */
class CredentialsKeyProfilesTest {

  @Configuration
  @ConfigurationPropertiesScan("com.reten.commandside.dispatchconfig")
  @Import(CredentialsCipher.class)
  static class Credentials {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(new ConfigDataApplicationContextInitializer())
          .withUserConfiguration(Credentials.class);

  @Test
  void theLocalProfileGeneratesAKeyBesideTheEmbeddedData(@TempDir Path dir) {
    runner
        .withPropertyValues(
            "spring.profiles.active=local",
            "reten.embedded-db.data-directory=" + dir.resolve("postgres"))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(dir.resolve("credentials.key")).exists();
            });
  }

  @Test
  void anyOtherProfileWithoutTheKeyRefusesToStart() {
    runner
        .withPropertyValues("spring.profiles.active=prod")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("RETEN_CREDENTIALS_KEY is required"));
  }

  @Test
  void aKeyOfTheWrongLengthRefusesToStart() {
    runner
        .withPropertyValues("spring.profiles.active=prod", "reten.credentials.key=c2hvcnQ=")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("exactly 32 bytes"));
  }

  @Test
  void anExplicitKeyWorksInAnyProfile() {
    runner
        .withPropertyValues(
            "spring.profiles.active=prod",
            "reten.credentials.key=dGVzdC1jcmVkZW50aWFscy1rZXktMzItYnl0ZXMtISE=")
        .run(context -> assertThat(context).hasSingleBean(CredentialsCipher.class));
  }
}
