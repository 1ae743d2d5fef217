package com.reten.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's table (stdout) and the same figures as JSON. */
final class Report {

  /** One row: what was measured, the figure, and the goal it is held against. */
  record Row(String measure, String figure, String target, Boolean met) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> figures = new LinkedHashMap<>();

  void row(String measure, String figure, String target, Boolean met) {
    rows.add(new Row(measure, figure, target, met));
  }

  void figure(String name, Object value) {
    figures.put(name, value);
  }

  static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  String table() {
    int measure = rows.stream().mapToInt(r -> r.measure().length()).max().orElse(10);
    int figure = rows.stream().mapToInt(r -> r.figure().length()).max().orElse(10);
    int target = rows.stream().mapToInt(r -> r.target().length()).max().orElse(10);
    String line = "%-" + measure + "s | %-" + figure + "s | %-" + target + "s | %s%n";
    StringBuilder out = new StringBuilder();
    out.append(format(line, "measure", "figure", "goal", ""));
    out.append("-".repeat(measure + figure + target + 14)).append('\n');
    for (Row row : rows) {
      String verdict = row.met() == null ? "" : row.met() ? "met" : "MISSED";
      out.append(format(line, row.measure(), row.figure(), row.target(), verdict));
    }
    return out.toString();
  }

  void write(Path file, Map<String, Object> context) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Map<String, Object> json = new LinkedHashMap<>(context);
    json.put("figures", figures);
    json.put("rows", rows);
    Api.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
  }
}
