package com.reten.commandside.dispatchconfig;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for secrets at rest: a fresh random 12-byte nonce per value, a 128-bit tag, and the
 * value's place ({@code tenant/config/field}) as associated data, so a ciphertext copied into
 * another config or field fails to open. Sealed form: {@code v1:} + base64(nonce ‖ ciphertext).
 */
@Component
public class CredentialsCipher {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  @Autowired
  CredentialsCipher(CredentialsKeyProperties properties) {
    this(CredentialsKeys.resolve(properties));
  }

  CredentialsCipher(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /** Encrypts {@code plaintext} for the place {@code context}. */
  public String seal(String plaintext, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is unavailable", e);
    }
  }

  /**
   * Decrypts a value sealed for {@code context}; fails for another key, place or a tampered one.
   */
  public String open(String sealed, String context) throws UnreadableSecretException {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new UnreadableSecretException();
    }
    try {
      byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      if (in.length <= NONCE_BYTES) {
        throw new UnreadableSecretException();
      }
      byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, context);
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new UnreadableSecretException();
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  /** A sealed value that this key cannot open; says nothing about the value. */
  public static final class UnreadableSecretException extends Exception {
    UnreadableSecretException() {
      super("The stored secret cannot be decrypted with the configured RETEN_CREDENTIALS_KEY");
    }
  }
}
