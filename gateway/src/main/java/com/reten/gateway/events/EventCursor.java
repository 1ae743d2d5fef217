package com.reten.gateway.events;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor clients hold: a position in a stream, encoded so that nobody builds one by
 * hand. Versioned, so the encoding can change without breaking cursors already handed out.
 */
final class EventCursor {

  private static final String PREFIX = "v1:";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private EventCursor() {}

  static String of(long position) {
    return ENCODER.encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
  }

  /** The position {@code cursor} stands for; 0 (the start) when there is none. */
  static long position(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String text = new String(DECODER.decode(cursor.trim()), StandardCharsets.US_ASCII);
      if (text.startsWith(PREFIX)) {
        long position = Long.parseLong(text.substring(PREFIX.length()));
        if (position >= 0) {
          return position;
        }
      }
    } catch (IllegalArgumentException e) {
      // not base64 or not a number: the same answer as any other foreign value
    }
    throw new RetenException(
        ErrorCode.VALIDATION_FAILED, "The cursor is not one this API handed out");
  }
}
