package com.reten.commandside.dispatchconfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the credentials key: {@code RETEN_CREDENTIALS_KEY}, else (local profile) the key file,
 * generated on first start. Refuses to start with anything else, because configs written under one
 * key cannot be read under another. Never logs the key.
 */
final class CredentialsKeys {

  static final int KEY_BYTES = 32;
  private static final Logger log = LoggerFactory.getLogger(CredentialsKeys.class);

  private CredentialsKeys() {}

  static byte[] resolve(CredentialsKeyProperties properties) {
    if (properties.key() != null && !properties.key().isBlank()) {
      return decode(properties.key(), "RETEN_CREDENTIALS_KEY");
    }
    if (properties.generateIfMissing() && properties.keyFile() != null) {
      return fromFile(Path.of(properties.keyFile()).toAbsolutePath().normalize());
    }
    throw new IllegalStateException(
        "RETEN_CREDENTIALS_KEY is required: the base64 of 32 random bytes, e.g. `openssl rand"
            + " -base64 32`. It encrypts dispatch credentials; keep it, or stored configs become"
            + " unreadable.");
  }

  private static byte[] fromFile(Path file) {
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
      }
      byte[] key = new byte[KEY_BYTES];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(file.getParent());
      Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
      restrict(file);
      log.warn(
          "Generated a credentials key in {} (local profile). Dispatch configs cannot be read"
              + " without it; set RETEN_CREDENTIALS_KEY outside local development.",
          file);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the credentials key " + file, e);
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the directory's own protection applies.
    }
  }

  private static byte[] decode(String encoded, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + " must be base64 (of 32 random bytes)");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(
          source + " must be the base64 of exactly 32 bytes, not " + key.length);
    }
    return key;
  }
}
