package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageResponseTest {

  @ParameterizedTest
  @CsvSource({"0, 20, 0", "1, 20, 1", "20, 20, 1", "21, 20, 2", "150, 20, 8", "100, 1, 100"})
  void totalPagesIsTheCeilingOfTotalOverLimit(long total, int limit, long totalPages) {
    PageResponse<String> page = PageResponse.of(List.of(), total, new PageParams(1, limit));

    assertThat(page.meta()).isEqualTo(new PageResponse.Meta(1, limit, total, totalPages));
  }

  @Test
  void carriesTheItemsAndTheRequestedPage() {
    PageResponse<String> page = PageResponse.of(List.of("a", "b"), 12, new PageParams(3, 5));

    assertThat(page.data()).containsExactly("a", "b");
    assertThat(page.meta()).isEqualTo(new PageResponse.Meta(3, 5, 12, 3));
  }

  @Test
  void aNegativeTotalIsAProgrammingError() {
    assertThatThrownBy(() -> PageResponse.of(List.of(), -1, new PageParams(1, 20)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
