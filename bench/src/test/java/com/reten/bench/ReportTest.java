package com.reten.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @Test
  void theTableMarksMissedGoalsAndTheJsonHoldsEveryFigure(@TempDir Path dir) throws Exception {
    Report report = new Report();
    report.row("creates/s", "900", "≥ 20% of raw", true);
    report.row("p99", "40 ms", "≤ 25 ms", false);
    report.row("raw", "4000", "", null);
    report.figure("createsPerSecond", 900.0);

    String table = report.table();
    Path json = dir.resolve("out/latest.json");
    report.write(json, Map.of("ranAt", "now"));

    assertThat(table).contains("creates/s").contains("met").contains("MISSED");
    assertThat(table.lines().filter(line -> line.startsWith("raw")).findFirst().orElseThrow())
        .doesNotContain("met");
    assertThat(Files.readString(json)).contains("\"createsPerSecond\" : 900.0", "\"ranAt\"");
  }
}
