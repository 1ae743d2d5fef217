package com.reten.api.audit;

import java.util.List;
import java.util.Locale;

/**
 * Which field names hold secrets: passwords, key and token hashes, secrets, credentials,
 * ciphertexts and plaintext keys. One rule for every place that must know: the event stream redacts
 * such fields, and a dispatch config refuses such a setting unless its provider's schema declares
 * it (and so seals it).
 */
public final class SecretNames {

  /** Words that make a field a secret wherever they appear in its name. */
  private static final List<String> SECRET_WORDS =
      List.of("password", "secret", "credential", "ciphertext", "plaintext", "privatekey");

  /**
   * Endings that make a field a secret: {@code keyHash}, {@code tokenHash}, {@code accessToken},
   * {@code apiKey}. Ids of such things ({@code apiKeyId}) end otherwise and stay visible.
   */
  private static final List<String> SECRET_ENDINGS =
      List.of("hash", "token", "apikey", "authorization", "signingkey");

  private SecretNames() {}

  /** Whether a field of this name holds a secret, in any case or spelling (snake, kebab, camel). */
  public static boolean isSecret(String fieldName) {
    String name = fieldName.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    return SECRET_WORDS.stream().anyMatch(name::contains)
        || SECRET_ENDINGS.stream().anyMatch(name::endsWith);
  }
}
