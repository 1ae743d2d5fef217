package com.reten.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * One benchmark run: the raw PostgreSQL ceiling, then the app started from its jar on the same
 * server, loaded through its public API. Prints a table and writes the figures as JSON.
 */
public final class Bench {

  private final BenchOptions options;
  private final Report report = new Report();

  private Bench(BenchOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    new Bench(options).run();
    // HTTP client and stub-server threads would otherwise keep the JVM alive after the report.
    System.exit(0);
  }

  private void run() throws Exception {
    Database database = new Database(options);
    database.recreate();
    say("raw ceiling: %d clients, %d s of 500-byte INSERTs", options.clients(), options.seconds());
    double raw = database.rawInsertsPerSecond(options.clients(), options.seconds());
    report.figure("rawInsertsPerSecond", raw);
    report.row("1. raw PostgreSQL INSERT tx/s (ceiling)", Report.format("%.0f", raw), "", null);

    Path log = options.out().toAbsolutePath().getParent().resolve("app.log");
    try (AppProcess app = AppProcess.start(options, log)) {
      say("app started in %.1f s (log: %s)", app.startSeconds(), log);
      measureApp(app, database, raw);
      double rss = app.rssMegabytes();
      report.figure("startSeconds", app.startSeconds());
      report.figure("rssMegabytes", rss);
      report.row(
          "8. app RSS after the run / start time",
          Report.format("%.0f MB / %.1f s", rss, app.startSeconds()),
          "≤ 768 MB / ≤ 10 s",
          rss <= 768 && app.startSeconds() <= 10);
    }
    System.out.println();
    System.out.print(report.table());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("ranAt", Instant.now().toString());
    context.put("options", options.toString());
    context.put("cores", Runtime.getRuntime().availableProcessors());
    report.write(options.out(), context);
    say("wrote %s", options.out());
  }

  private void measureApp(AppProcess app, Database database, double raw) throws Exception {
    BenchTenant tenant = BenchTenant.seed(new Api(Api.client(), options.baseUrl(), null, null), 20);
    String run = "r" + System.currentTimeMillis();
    Activities activities = new Activities(tenant, run);
    Load load = new Load();

    say("warm-up: %d s", options.warmupSeconds());
    load.closed(options.clients(), options.warmupSeconds(), activities::create);
    say("create-activity closed loop: %d clients, %d s", options.clients(), options.seconds());
    Duration cpuBefore = app.cpuTime();
    Load.Outcome closed = load.closed(options.clients(), options.seconds(), activities::create);
    double cpuMillisPerCreate =
        app.cpuTime().minus(cpuBefore).toNanos() / 1e6 / (closed.completed() + closed.failed());
    double ratio = closed.perSecond() / raw;
    report.figure("createsPerSecond", closed.perSecond());
    report.figure("createFailures", closed.failed());
    report.figure("appCpuMillisPerCreate", cpuMillisPerCreate);
    report.row(
        "2. create activity (REST, JWT) commands/s",
        Report.format(
            "%.0f (%.2f%% of raw; app CPU %.1f ms each)",
            closed.perSecond(), ratio * 100, cpuMillisPerCreate),
        "≥ 20% of raw",
        ratio >= 0.2);

    double half = closed.perSecond() / 2;
    say("open loop at %.0f/s for %d s", half, options.seconds());
    Load.Outcome open = load.open(half, options.seconds(), activities::createAsync);
    report.figure("halfLoadPerSecond", half);
    report.figure("halfLoadP50Ms", open.millis(50));
    report.figure("halfLoadP95Ms", open.millis(95));
    report.figure("halfLoadP99Ms", open.millis(99));
    report.row(
        Report.format("3. create latency at %.0f/s p50/p95/p99", half),
        Report.format("%.1f / %.1f / %.1f ms", open.millis(50), open.millis(95), open.millis(99)),
        "p99 ≤ 25 ms",
        open.millis(99) <= 25);

    say("visibility: %d creates read back", options.samples());
    Visibility.Outcome visible = new Visibility(tenant, activities).measure(options.samples());
    row4(visible);

    say("dispatch: %d tasks due now", options.samples());
    var dispatch = new DispatchLatency(tenant).measure(options.samples(), run);
    if (dispatch.isPresent()) {
      Histogram due = dispatch.get();
      report.figure("dueToProviderP50Ms", ms(due, 50));
      report.figure("dueToProviderP99Ms", ms(due, 99));
      report.row(
          "5. due → provider POST p50/p99",
          Report.format("%.1f / %.1f ms", ms(due, 50), ms(due, 99)),
          "p99 ≤ 1 s",
          ms(due, 99) <= 1000);
    } else {
      report.row("5. due → provider POST p50/p99", "n/a: no dispatch API", "p99 ≤ 1 s", null);
    }

    measureVolume(database, tenant, run);
  }

  private void row4(Visibility.Outcome visible) {
    report.figure("visibleByIdP50Ms", ms(visible.byId(), 50));
    report.figure("visibleByIdP99Ms", ms(visible.byId(), 99));
    report.figure("visibleInListP50Ms", ms(visible.inList(), 50));
    report.figure("visibleInListP99Ms", ms(visible.inList(), 99));
    report.row(
        "4. command → visible by id p50/p99",
        Report.format("%.1f / %.1f ms", ms(visible.byId(), 50), ms(visible.byId(), 99)),
        "p99 ≤ 100 ms",
        ms(visible.byId(), 99) <= 100);
    report.row(
        "4. command → visible in list p50/p99",
        Report.format("%.1f / %.1f ms", ms(visible.inList(), 50), ms(visible.inList(), 99)),
        "p99 ≤ 100 ms",
        ms(visible.inList(), 99) <= 100);
  }

  private void measureVolume(Database database, BenchTenant tenant, String run) throws Exception {
    long existing = activitiesOf(database, tenant);
    int missing = (int) Math.max(0, options.volume() - existing - 1);
    say("volume: copying %d activities into the event store", missing);
    long written = new Volume(tenant, database).seed(run, missing);
    var projections = new Replay(tenant.root());
    Optional<Double> caughtUp = projections.awaitTrackingCaughtUp();
    double catchUp = written / caughtUp.orElse(Double.NaN);
    report.figure("projectionCatchUpEventsPerSecond", catchUp);

    // The activity read model is written inline, by the commands that store the events: events
    // copied in SQL reach it through a replay only, which row 7 times.
    long events = database.count("SELECT count(*) FROM domain_event_entry");
    say("replay of the activities projection over %d events", events);
    Optional<Double> replay = projections.seconds("activities");
    long total = activitiesOf(database, tenant);
    if (total < existing + 1 + missing) {
      throw new IllegalStateException(
          "Expected %d activities after the replay, found %d"
              .formatted(existing + 1 + missing, total));
    }
    report.figure("volume", total);

    say("list: %d pages of 20 at %d activities", options.samples(), total);
    Histogram list = new ListLatency(tenant).measure(options.samples());
    report.figure("listP50Ms", ms(list, 50));
    report.figure("listP99Ms", ms(list, 99));
    report.row(
        Report.format("6. list page of 20, filters + total, at %,d p50/p99", total),
        Report.format("%.1f / %.1f ms", ms(list, 50), ms(list, 99)),
        "p99 ≤ 30 ms at 1M",
        total >= 1_000_000 ? ms(list, 99) <= 30 : null);

    String caught =
        Report.format("catch-up of copied events by the tracking processors %.0f/s", catchUp);
    if (replay.isPresent()) {
      double rate = events / replay.get();
      report.figure("replayEventsPerSecond", rate);
      report.row(
          "7. full projection replay events/s",
          Report.format("%.0f (%s)", rate, caught),
          "≥ 20k/s",
          rate >= 20_000);
    } else {
      report.row("7. full projection replay events/s", "n/a: no replay API; " + caught, "", null);
    }
  }

  private static long activitiesOf(Database database, BenchTenant tenant) throws Exception {
    return database.count(
        "SELECT count(*) FROM rm_activity WHERE tenant_id = '" + tenant.tenantId() + "'");
  }

  private static double ms(Histogram histogram, double percentile) {
    return histogram.getValueAtPercentile(percentile) / 1e6;
  }

  private static void say(String pattern, Object... values) {
    System.out.println("[bench] " + Report.format(pattern, values));
  }
}
