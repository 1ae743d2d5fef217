package com.reten.gateway.apikey;

import com.reten.gateway.security.Sha256;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A freshly generated key: {@code rtn_sk_} and 56 lowercase hex characters (224 random bits). The
 * plaintext lives only in this object and the one response that shows it.
 *
 * @param plaintext the full key
 */
record ApiKeyMaterial(String plaintext) {

  private static final String SCHEME = "rtn_sk_";
  private static final int RANDOM_BYTES = 28;
  private static final int PREFIX_CHARS = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  static ApiKeyMaterial generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return new ApiKeyMaterial(SCHEME + HexFormat.of().formatHex(bytes));
  }

  String prefix() {
    return plaintext.substring(0, SCHEME.length() + PREFIX_CHARS);
  }

  String hash() {
    return Sha256.hex(plaintext);
  }

  @Override
  public String toString() {
    return "ApiKeyMaterial[" + prefix() + "…]";
  }
}
