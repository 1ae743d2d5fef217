package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// Method sources, not CSV: a CSV source trims NUL away like whitespace.
class TextGuardTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("empty", "", -1),
        Arguments.of("text below the surrogates", "plain, áé ñ 中文 \u0001 \uD7FF", -1),
        Arguments.of("a pair and text above the surrogates", "\uD83D\uDE00 \uE000 \uFFFF", -1),
        Arguments.of("an escaped backslash: six characters", "\\u0000", -1),
        Arguments.of("NUL", "a\u0000b", 1),
        Arguments.of("NUL alone", "\u0000", 0),
        Arguments.of("high surrogate before a letter", "a\uD800b", 1),
        Arguments.of("high surrogate at the end", "a\uDBFF", 1),
        Arguments.of("low surrogate alone", "a\uDC00b", 1),
        Arguments.of("a pair then a stray low surrogate", "\uD83D\uDE00\uDE00", 2),
        Arguments.of("a high surrogate before a pair", "\uD800\uD800\uDC00", 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void findsTheFirstRefusedCharacter(String description, String text, int expected) {
    // The array form must also respect its bounds: a pair may not be completed from outside.
    char[] padded = ("xx" + text + "\uDC00y").toCharArray();

    assertThat(TextGuard.find(text)).isEqualTo(expected);
    assertThat(TextGuard.find(padded, 2, text.length()))
        .isEqualTo(expected < 0 ? -1 : expected + 2);
  }

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("ok", "ok"),
        Arguments.of("zo\u0000ne", "zo\\u0000ne"),
        Arguments.of("a\uD800", "a\\uD800"),
        Arguments.of("\uDFFFb", "\\uDFFFb"),
        Arguments.of("\uD83D\uDE00", "\uD83D\uDE00"));
  }

  @ParameterizedTest
  @MethodSource("names")
  void printableNamesShowRefusedCharactersAsEscapes(String name, String shown) {
    assertThat(TextGuard.printable(name)).isEqualTo(shown);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of('\u0000', "Field 'x' contains U+0000 (NUL), which is not accepted"),
        Arguments.of(
            '\uD800', "Field 'x' contains an unpaired surrogate (U+D800), which is not accepted"),
        Arguments.of(
            '\uDC0A', "Field 'x' contains an unpaired surrogate (U+DC0A), which is not accepted"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void theRefusalNamesTheCharacter(char refused, String message) {
    assertThat(TextGuard.refusal("Field 'x'", refused)).isEqualTo(message);
  }
}
