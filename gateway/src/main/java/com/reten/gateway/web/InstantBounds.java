package com.reten.gateway.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Instants a client may send, in bodies and in query parameters: years 0001 to 9999, what ISO 8601
 * writes with four digits. Java reads years up to ±999,999,999 and PostgreSQL stores up to 294276,
 * so without a bound such a date passed validation and failed in the database with a 500.
 */
final class InstantBounds {

  static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");
  static final String OUT_OF_RANGE =
      "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

  private InstantBounds() {}

  static boolean holds(Instant instant) {
    return !instant.isBefore(MIN) && !instant.isAfter(MAX);
  }

  /** The body side: Jackson's own Instant reading, then the bound. */
  static SimpleModule module() {
    return new SimpleModule("instant-bounds").addDeserializer(Instant.class, new Deserializer());
  }

  /** The query side: Spring's conversion of a parameter such as {@code scheduled_from}. */
  static Formatter<Instant> formatter() {
    return new Formatter<>() {
      @Override
      public Instant parse(String text, Locale locale) {
        Instant instant = Instant.parse(text.trim());
        if (!holds(instant)) {
          throw new DateTimeParseException(OUT_OF_RANGE, text, 0);
        }
        return instant;
      }

      @Override
      public String print(Instant instant, Locale locale) {
        return instant.toString();
      }
    };
  }

  private static final class Deserializer extends StdDeserializer<Instant> {

    Deserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
      if (instant != null && !holds(instant)) {
        throw InvalidFormatException.from(parser, OUT_OF_RANGE, instant, Instant.class);
      }
      return instant;
    }
  }
}
