package com.reten.queryside.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {

  @Test
  void theTermIsTrimmedLowerCasedAndItsWildcardsMatchedLiterally() {
    assertThat(TextSearch.containsPattern("  50%_OFF\\ ")).isEqualTo("%50\\%\\_off\\\\%");
  }
}
