package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageParamsTest {

  @Test
  void absentOrBlankParametersTakeTheDefaults() {
    assertThat(PageParams.from(Map.<String, String>of()::get)).isEqualTo(new PageParams(1, 20));
    assertThat(PageParams.from(Map.of("page", " ", "limit", "")::get))
        .isEqualTo(new PageParams(1, 20));
  }

  @Test
  void limitWinsOverPerPage() {
    assertThat(PageParams.from(Map.of("limit", "5", "per_page", "7")::get).limit()).isEqualTo(5);
    assertThat(PageParams.from(Map.of("per_page", "7")::get).limit()).isEqualTo(7);
  }

  @ParameterizedTest
  @CsvSource({"1, 20, 0", "2, 20, 20", "3, 7, 14", "2147483647, 100, 214748364600"})
  void offsetSkipsTheEarlierPagesWithoutOverflowing(int page, int limit, long offset) {
    assertThat(new PageParams(page, limit).offset()).isEqualTo(offset);
  }

  @Test
  void theConstructorGuardsTheSameRangesAsTheQueryString() {
    for (var invalid : List.of(new int[] {0, 20}, new int[] {1, 0}, new int[] {1, 101})) {
      assertThatThrownBy(() -> new PageParams(invalid[0], invalid[1]))
          .isInstanceOfSatisfying(
              RetenException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
    assertThat(new PageParams(1, 100).limit()).isEqualTo(100);
  }

  @Test
  void aTooLargeNumberIsAValidationErrorNotACrash() {
    assertThatThrownBy(() -> PageParams.from(Map.of("page", "99999999999")::get))
        .isInstanceOf(RetenException.class)
        .hasMessage("Invalid value for parameter 'page': must be a positive integer");
  }
}
