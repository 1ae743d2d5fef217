package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextFilterTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // An encoded percent sign: the text "%00", not a NUL.
        "q=%2500",
        "q=%F0%9F%98%80",
        "q=%ED%9F%BF&r=%EE%80%80",
        "q=a+b&sort_order=desc",
        "q",
      })
  void acceptsQueriesWithoutRefusedCharacters(String query) {
    assertThat(QueryTextFilter.refusal(query)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "q=a%00b              | Parameter 'q' contains U+0000 (NUL)",
        "a=1&is_active=%00    | Parameter 'is_active' contains U+0000 (NUL)",
        "q=%ed%a0%80          | Parameter 'q' contains an unpaired surrogate (U+D800)",
        "q=%ED%BF%BF          | Parameter 'q' contains an unpaired surrogate (U+DFFF)",
        "se%00arch=x          | Parameter 'se\\u0000arch' contains U+0000 (NUL)",
        "x%ED%B0%80y          | Parameter 'x\\uDC00y' contains an unpaired surrogate (U+DC00)",
        "a+b%3F%00=1          | Parameter 'a b?\\u0000' contains U+0000 (NUL)",
      })
  void namesTheFirstRefusedParameterAsTheClientMeantIt(String query, String message) {
    assertThat(QueryTextFilter.refusal(query)).isEqualTo(message + ", which is not accepted");
  }
}
