package com.reten.gateway.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The guard on its own, with a mapper configured as the web layer's. */
class GuardedJsonParserTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper(new GuardedJsonFactory())
          .registerModule(SnakeCaseAliases.module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  record Order(String reason, List<Item> items, Map<String, Object> metadata, JsonNode extra) {}

  record Item(String name, List<String> tags) {}

  /** JSON in which {@code @@} is replaced by the refused character's escape, and its path. */
  static Stream<Arguments> placements() {
    return Stream.of(
        Arguments.of("{\"reason\":\"a@@b\"}", "reason"),
        Arguments.of("{\"rea@@son\":\"x\"}", "rea@@son"),
        Arguments.of("{\"items\":[{},{},{\"name\":\"@@\"}]}", "items[2].name"),
        Arguments.of("{\"items\":[{\"tags\":[\"a\",\"b@@\"]}]}", "items[0].tags[1]"),
        Arguments.of("{\"metadata\":{\"zone\":\"n@@\"}}", "metadata.zone"),
        Arguments.of("{\"metadata\":{\"zo@@ne\":1}}", "metadata.zo@@ne"),
        Arguments.of("{\"metadata\":{\"a\":[[\"x\",{\"b\":\"@@\"}]]}}", "metadata.a[0][1].b"),
        Arguments.of("{\"extra\":{\"deep\":{\"x\":\"@@\"}}}", "extra.deep.x"),
        Arguments.of("{\"unknown\":{\"ignored\":[\"@@\"]}}", "unknown.ignored[0]"),
        Arguments.of("{\"unknown\":\"@@\"}", "unknown"),
        Arguments.of("[\"ok\",\"@@\"]", "[1]"));
  }

  /** Escape as sent, as shown in a name, and as described in the message. */
  private static final List<List<String>> REFUSED =
      List.of(
          List.of("\\u0000", "\\u0000", "U+0000 (NUL)"),
          List.of("\\uD800", "\\uD800", "an unpaired surrogate (U+D800)"),
          List.of("\\udbff", "\\uDBFF", "an unpaired surrogate (U+DBFF)"),
          List.of("\\uDC00", "\\uDC00", "an unpaired surrogate (U+DC00)"),
          List.of("x\\ud800\\u0041", "x\\uD800A", "an unpaired surrogate (U+D800)"));

  static Stream<Arguments> refusals() {
    return placements()
        .flatMap(
            placement ->
                REFUSED.stream()
                    .map(
                        c ->
                            Arguments.of(
                                placement.get()[0],
                                placement.get()[1],
                                c.get(0),
                                c.get(1),
                                c.get(2))));
  }

  @ParameterizedTest(name = "{0} with {2}")
  @MethodSource("refusals")
  void refusesAndNamesThePathAsWritten(
      String json, String path, String escape, String shown, String described) {
    String body = json.replace("@@", escape);
    String expected =
        "Field '"
            + path.replace("@@", shown)
            + "' contains "
            + described
            + ", which is not accepted";

    Class<?> bound = json.startsWith("[") ? List.class : Order.class;
    for (Class<?> type : List.of(JsonNode.class, Object.class, bound)) {
      assertRefused(() -> MAPPER.readValue(body, type), expected);
    }
  }

  @Test
  void aRefusedRootStringIsNamedAsTheBody() {
    assertRefused(
        () -> MAPPER.readValue("\"a\\u0000\"", String.class),
        "Request body contains U+0000 (NUL), which is not accepted");
  }

  enum Source {
    STRING,
    BYTES,
    STREAM,
    READER,
    CHARS,
    COPIED_MAPPER
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void everyWayOfReadingIsGuarded(Source source) {
    String json = "{\"reason\":\"a\\u0000\"}";
    ThrowingCallable read =
        switch (source) {
          case STRING -> () -> MAPPER.readTree(json);
          case BYTES -> () -> MAPPER.readTree(json.getBytes(UTF_8));
          case STREAM -> () -> MAPPER.readTree(new ByteArrayInputStream(json.getBytes(UTF_8)));
          case READER -> () -> MAPPER.readTree(new StringReader(json));
          case CHARS ->
              () -> MAPPER.reader().readTree(MAPPER.getFactory().createParser(json.toCharArray()));
          case COPIED_MAPPER -> () -> MAPPER.copy().readTree(json);
        };
    assertRefused(read, "Field 'reason' contains U+0000 (NUL), which is not accepted");
  }

  enum Advance {
    NEXT_TOKEN,
    NEXT_VALUE,
    NEXT_FIELD_NAME,
    NEXT_FIELD_NAME_MATCHING,
    NEXT_TEXT_VALUE,
    NEXT_INT_VALUE,
    NEXT_LONG_VALUE,
    NEXT_BOOLEAN_VALUE,
    SKIP_CHILDREN
  }

  /** No way of moving the parser along can step over a refused value or name unchecked. */
  @ParameterizedTest
  @EnumSource(Advance.class)
  void everyWayOfAdvancingIsGuarded(Advance advance) {
    for (String json :
        List.of("{\"a\":[1,true,{\"b\":\"x\\u0000\"}]}", "{\"a\":[1,true,{\"b\\ud800\":2}]}")) {
      assertThatThrownBy(() -> readToTheEnd(json, advance))
          .as("%s over %s", advance, json)
          .isInstanceOf(RefusedTextException.class);
    }
  }

  private static void readToTheEnd(String json, Advance advance) throws IOException {
    try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
      if (advance == Advance.SKIP_CHILDREN) {
        assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
        parser.skipChildren();
        return;
      }
      for (int step = 0; step < 100 && !parser.isClosed(); step++) {
        switch (advance) {
          case NEXT_TOKEN -> parser.nextToken();
          case NEXT_VALUE -> parser.nextValue();
          case NEXT_FIELD_NAME -> parser.nextFieldName();
          case NEXT_FIELD_NAME_MATCHING -> parser.nextFieldName(new SerializedString("b"));
          case NEXT_TEXT_VALUE -> parser.nextTextValue();
          case NEXT_INT_VALUE -> parser.nextIntValue(0);
          case NEXT_LONG_VALUE -> parser.nextLongValue(0);
          case NEXT_BOOLEAN_VALUE -> parser.nextBooleanValue();
          case SKIP_CHILDREN -> throw new IllegalStateException();
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // An escaped backslash: the client sent the six characters \u0000, not a NUL.
        "'{\"reason\":\"\\\\u0000\"}'       | '\\u0000'",
        "'{\"reason\":\"\\\\ud800\"}'       | '\\ud800'",
        // A surrogate pair, escaped and raw: one emoji.
        "'{\"reason\":\"\\ud83d\\ude00\"}'  | '\uD83D\uDE00'",
        "'{\"reason\":\"\uD83D\uDE00!\"}'   | '\uD83D\uDE00!'",
        "'{\"reason\":\"\\u0001\\uffff\"}'  | '\u0001\uFFFF'",
      })
  void lookAlikesPassUnchanged(String json, String reason) throws IOException {
    assertThat(MAPPER.readValue(json, Order.class).reason()).isEqualTo(reason);
    assertThat(MAPPER.readValue(json.getBytes(UTF_8), Order.class).reason()).isEqualTo(reason);
  }

  @Test
  void snakeCaseAliasesStillApply() throws IOException {
    record Signup(String adminEmail) {}

    assertThat(MAPPER.readValue("{\"admin_email\":\"a@b.c\"}", Signup.class).adminEmail())
        .isEqualTo("a@b.c");
  }

  @Test
  void aSurrogateInRawUtf8BytesIsRefusedToo() {
    byte[] json = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};

    // Jackson decodes these CESU-8 bytes to U+D800 rather than calling them malformed.
    assertRefused(
        () -> MAPPER.readTree(json),
        "Field 'a' contains an unpaired surrogate (U+D800), which is not accepted");
  }

  @Test
  void writingIsNotGuarded() throws IOException {
    // Responses may carry what older data holds; only input is checked.
    assertThat(MAPPER.writeValueAsString(Map.of("a", "\u0000"))).isEqualTo("{\"a\":\"\\u0000\"}");
  }

  private static void assertRefused(ThrowingCallable read, String message) {
    assertThatThrownBy(read)
        .isInstanceOf(JsonProcessingException.class)
        .satisfies(
            thrown -> {
              RefusedTextException refused = refusedIn(thrown);
              assertThat(refused).as("RefusedTextException in %s", thrown).isNotNull();
              assertThat(refused.getOriginalMessage()).isEqualTo(message);
            });
  }

  private static RefusedTextException refusedIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof RefusedTextException refused) {
        return refused;
      }
    }
    return null;
  }
}
