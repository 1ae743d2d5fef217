package com.reten.commandside.dispatchconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reten.commandside.dispatchconfig.CredentialsCipher.UnreadableSecretException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-256-GCM sealing, and where its key may come from. */
class CredentialsCipherTest {

  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  static final String PLACE = "tenant/config/credentials/apiKey";

  private final CredentialsCipher cipher = cipher(KEY);

  @Test
  void aSealedValueOpensOnlyInItsPlace() throws Exception {
    String sealed = cipher.seal("s3cret-value", PLACE);

    assertThat(sealed).startsWith("v1:").doesNotContain("s3cret-value");
    assertThat(cipher.open(sealed, PLACE)).isEqualTo("s3cret-value");
    assertThatThrownBy(() -> cipher.open(sealed, "tenant/other/credentials/apiKey"))
        .isInstanceOf(UnreadableSecretException.class);
  }

  @Test
  void everySealUsesAFreshNonce() {
    String first = cipher.seal("same", PLACE);
    String second = cipher.seal("same", PLACE);

    assertThat(first).isNotEqualTo(second);
    byte[] a = Base64.getDecoder().decode(first.substring(3));
    byte[] b = Base64.getDecoder().decode(second.substring(3));
    assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
  }

  @Test
  void anotherKeyOrATamperedValueCannotOpen() {
    String sealed = cipher.seal("s3cret-value", PLACE);
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    var other = cipher(Base64.getEncoder().encodeToString(otherKey));
    assertThatThrownBy(() -> other.open(sealed, PLACE))
        .isInstanceOf(UnreadableSecretException.class)
        .hasMessageNotContaining("s3cret");

    byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
    raw[raw.length - 1] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
    assertThatThrownBy(() -> cipher.open(tampered, PLACE))
        .isInstanceOf(UnreadableSecretException.class);
    assertThatThrownBy(() -> cipher.open("plain", PLACE))
        .isInstanceOf(UnreadableSecretException.class);
  }

  @Test
  void theKeyMustBe32BytesOfBase64AndIsRequiredOutsideLocal() {
    assertThatThrownBy(() -> cipher(Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly 32 bytes");
    assertThatThrownBy(() -> cipher("not base64!"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("base64");
    assertThatThrownBy(() -> new CredentialsCipher(new CredentialsKeyProperties(null, null, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RETEN_CREDENTIALS_KEY is required");
  }

  @Test
  void theLocalProfileGeneratesAKeyOnceAndKeepsIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data/postgres/../credentials.key");
    var properties = new CredentialsKeyProperties(null, file.toString(), true);

    String sealed = new CredentialsCipher(properties).seal("kept", PLACE);
    Path written = dir.resolve("data/credentials.key");
    assertThat(written).exists();
    assertThat(Base64.getDecoder().decode(Files.readString(written, StandardCharsets.US_ASCII)))
        .hasSize(32);

    assertThat(new CredentialsCipher(properties).open(sealed, PLACE)).isEqualTo("kept");
  }

  private static CredentialsCipher cipher(String key) {
    return new CredentialsCipher(new CredentialsKeyProperties(key, null, false));
  }
}
