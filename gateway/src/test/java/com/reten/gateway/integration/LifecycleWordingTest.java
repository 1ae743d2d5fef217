package com.reten.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.activity.ActivityStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LifecycleWordingTest {

  @Test
  void everyStatusHasItsOwnLabelAndADetail() {
    assertThat(Arrays.stream(ActivityStatus.values()).map(LifecycleWording::of))
        .allSatisfy(
            wording -> {
              assertThat(wording.label()).isNotBlank();
              assertThat(wording.detail()).isNotBlank();
            })
        .extracting(LifecycleWording.Wording::label)
        .doesNotHaveDuplicates();
  }

  @Test
  void aTaskWaitingForItsDateIsProgramadaAsInRetensDocs() {
    assertThat(LifecycleWording.of(ActivityStatus.READY).label()).isEqualTo("Programada");
  }
}
