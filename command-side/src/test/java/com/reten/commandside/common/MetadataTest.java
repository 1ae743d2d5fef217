package com.reten.commandside.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {

  @Test
  void changesAreMergedKeyByKeyAndNullRemoves() {
    Map<String, Object> changes = new HashMap<>();
    changes.put("zone", "north");
    changes.put("legacy", null);

    assertThat(Metadata.merge(Map.of("tier", "gold", "legacy", 1), changes))
        .containsExactlyInAnyOrderEntriesOf(Map.of("tier", "gold", "zone", "north"));
  }

  @Test
  void nothingToMergeKeepsWhatThereIs() {
    assertThat(Metadata.merge(Map.of("a", 1), null)).isEqualTo(Map.of("a", 1));
    assertThat(Metadata.merge(null, Map.of("a", 1))).isEqualTo(Map.of("a", 1));
  }
}
