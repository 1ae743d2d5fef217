package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PortablePatternsTest {

  @Test
  void anAnchoredPatternIsKept() {
    assertThat(PortablePatterns.of("^[a-z0-9-]{3,63}$")).isEqualTo("^[a-z0-9-]{3,63}$");
  }

  @Test
  void dotAllBecomesAnExplicitClassAndTheWholeValueMustMatch() {
    String portable = PortablePatterns.of("(?s).*\\S.*");

    assertThat(portable).isEqualTo("^(?:[\\s\\S]*\\S[\\s\\S]*)$");
    assertThat(Pattern.compile(portable).matcher("a\nb").find()).isTrue();
    assertThat(Pattern.compile(portable).matcher(" \n ").find()).isFalse();
  }

  @Test
  void caseInsensitiveLettersBecomeClassesAndAlternativesStayWhole() {
    String portable = PortablePatterns.of("(?i)SUPER_ADMIN|ADMIN|FDE");

    assertThat(Pattern.compile(portable).matcher("admin").find()).isTrue();
    assertThat(Pattern.compile(portable).matcher("Fde").find()).isTrue();
    assertThat(Pattern.compile(portable).matcher("xadmin").find()).isFalse();
    assertThat(portable).doesNotContain("(?i)");
  }
}
