package com.reten.commandside.dispatcher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Reten-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} (API.md §5.4): the
 * provider recomputes it with the shared signing secret to know the request is Reten's and fresh.
 */
final class RequestSignature {

  static final String HEADER = "X-Reten-Signature";

  private RequestSignature() {}

  static String of(String secret, long unixSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }
}
