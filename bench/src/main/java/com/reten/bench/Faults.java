package com.reten.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The fault harness (issue 17, README: Reliability): against the jar started as the README says, on
 * the local PostgreSQL, it kills the app with -9 under load, restarts and stops PostgreSQL under
 * load, storms one idempotency key and attacks with slow bodies, then prints what was acknowledged,
 * lost, duplicated, answered 5xx, and how long recovery and health took. PostgreSQL is driven by
 * {@code PG_CTL} (default: the Debian cluster of this machine), so run it where that is allowed.
 */
public final class Faults {

  private static final int KILL_CYCLES = 5;
  private static final int STORM = 1_000;
  private static final int SLOW_CLIENTS = 250;

  private final BenchOptions options;
  private final Report report = new Report();
  private final Path log;
  private final String pgCtl =
      System.getenv()
          .getOrDefault(
              "PG_CTL",
              "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | head -1) main");
  private AppProcess app;

  private Faults(BenchOptions options) {
    this.options = options;
    this.log = options.out().toAbsolutePath().getParent().resolve("faults-app.log");
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    new Faults(options).run();
    System.exit(0);
  }

  private void run() throws Exception {
    Database database = new Database(options);
    database.recreate();
    app = AppProcess.start(options, log);
    try {
      BenchTenant tenant =
          BenchTenant.seed(new Api(Api.client(), options.baseUrl(), null, null), 20);
      Set<String> acknowledged = new HashSet<>();
      acknowledged.addAll(killCycles(tenant));
      acknowledged.addAll(databaseOutage(tenant, "PostgreSQL restarted", this::restartPostgres));
      acknowledged.addAll(databaseOutage(tenant, "PostgreSQL stopped 10 s", this::stopPostgres));
      long lost = acknowledged.stream().filter(id -> !exists(tenant, id)).count();
      long duplicated =
          database.count("SELECT count(*) - count(DISTINCT idempotency_key) FROM rm_activity");
      report.figure("acknowledged", acknowledged.size());
      report.figure("lost", lost);
      report.figure("duplicated", duplicated);
      report.row(
          "every acknowledged create afterwards: lost / duplicated",
          Report.format("%d / %d of %d", lost, duplicated, acknowledged.size()),
          "0 / 0",
          lost == 0 && duplicated == 0);
      sameKeyStorm(tenant);
      slowClients(tenant);
    } finally {
      app.close();
    }
    System.out.println();
    System.out.print(report.table());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("ranAt", Instant.now().toString());
    context.put("options", options.toString());
    report.write(options.out(), context);
    say("wrote %s (app log: %s)", options.out(), log);
  }

  /** kill -9 under load, then the same start command; the next start is the recovery. */
  private Set<String> killCycles(BenchTenant tenant) throws Exception {
    Set<String> acknowledged = new HashSet<>();
    long serverErrors = 0;
    double slowestStart = 0;
    for (int cycle = 1; cycle <= KILL_CYCLES; cycle++) {
      say("kill -9 cycle %d of %d under %d clients", cycle, KILL_CYCLES, options.clients());
      try (CreateLoad load = new CreateLoad(tenant, "kill" + cycle, options.clients())) {
        Thread.sleep(3_000);
        app.kill();
        acknowledged.addAll(load.acknowledged());
        serverErrors += load.serverErrors();
      }
      app = AppProcess.start(options, log);
      slowestStart = Math.max(slowestStart, app.startSeconds());
    }
    report.figure("killCyclesAcknowledged", acknowledged.size());
    report.figure("killCyclesServerErrors", serverErrors);
    report.figure("killCyclesSlowestRestartSeconds", slowestStart);
    report.row(
        Report.format("kill -9 x %d under load: acknowledged, 5xx, slowest restart", KILL_CYCLES),
        Report.format("%d, %d, %.1f s", acknowledged.size(), serverErrors, slowestStart),
        "5xx 0",
        serverErrors == 0);
    return acknowledged;
  }

  private interface Outage {
    void cause() throws Exception;
  }

  /** Creates run through the outage; recovery counts from PostgreSQL's return to the next 201. */
  private Set<String> databaseOutage(BenchTenant tenant, String what, Outage outage)
      throws Exception {
    say("%s under %d clients", what, options.clients());
    try (CreateLoad load = new CreateLoad(tenant, what.replace(' ', '-'), options.clients())) {
      Thread.sleep(2_000);
      outage.cause();
      long back = System.nanoTime();
      double recovery = load.secondsUntilAcknowledgedAfter(back);
      Thread.sleep(1_000);
      load.close();
      report.row(
          what + " under load: acknowledged, 5xx but 503, 503, recovery",
          Report.format(
              "%d, %d, %d, %.1f s",
              load.acknowledged().size(), load.serverErrors(), load.unavailable(), recovery),
          "5xx 0 (503 allowed)",
          load.serverErrors() == 0);
      return load.acknowledged();
    }
  }

  private void restartPostgres() throws Exception {
    shell(pgCtl + " restart");
  }

  private void stopPostgres() throws Exception {
    shell(pgCtl + " stop");
    Thread.sleep(10_000);
    shell(pgCtl + " start");
  }

  private static void shell(String command) throws Exception {
    Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("'" + command + "' exited with " + process.exitValue());
    }
  }

  /** One key, {@value #STORM} creates, 50 at once: exactly one activity, every other a 409. */
  private void sameKeyStorm(BenchTenant tenant) throws Exception {
    say("%d creates with one idempotency key, 50 at once", STORM);
    Activities activities = new Activities(tenant, "storm");
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    Set<String> ids = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      Future<?>[] sent = new Future<?>[STORM];
      for (int i = 0; i < STORM; i++) {
        sent[i] =
            pool.submit(
                () -> {
                  Api.Reply reply =
                      tenant.api().post("/activities/messages", activities.message(0));
                  statuses.merge(reply.status(), 1, Integer::sum);
                  if (reply.status() == 201) {
                    ids.add(reply.body().path("id").asText());
                  }
                });
      }
      for (Future<?> each : sent) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long serverErrors =
        statuses.entrySet().stream()
            .filter(e -> e.getKey() >= 500)
            .mapToLong(e -> e.getValue())
            .sum();
    report.row(
        Report.format("%d creates with one key: answers, activities", STORM),
        Report.format("%s, %d", new TreeMap<>(statuses), ids.size()),
        "one 201, the rest 409",
        statuses.getOrDefault(201, 0) == 1 && statuses.getOrDefault(409, 0) == STORM - 1);
    report.figure("stormServerErrors", serverErrors);
  }

  /** Health and creates while {@value #SLOW_CLIENTS} clients trickle bodies in at 1 byte/s. */
  private void slowClients(BenchTenant tenant) throws Exception {
    say("%d clients sending bodies at 1 byte/s for 30 s", SLOW_CLIENTS);
    HttpClient http = Api.client();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(options.baseUrl() + "/health"))
            .timeout(Duration.ofSeconds(30))
            .build();
    Histogram healthMillis = new Histogram(3);
    Histogram createMillis = new Histogram(3);
    Activities activities = new Activities(tenant, "slow");
    long answered408;
    try (SlowClientAttack attack = new SlowClientAttack(options.port(), SLOW_CLIENTS)) {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      for (long n = 0; System.nanoTime() < end; n++) {
        long began = System.nanoTime();
        http.send(health, HttpResponse.BodyHandlers.discarding());
        healthMillis.recordValue((System.nanoTime() - began) / 1_000_000);
        began = System.nanoTime();
        tenant.api().post("/activities/messages", activities.message(n)).expect(201);
        createMillis.recordValue((System.nanoTime() - began) / 1_000_000);
        Thread.sleep(200);
      }
      answered408 = attack.answered408();
    }
    long worst = Math.max(healthMillis.getMaxValue(), createMillis.getMaxValue());
    report.row(
        Report.format(
            "%d clients at 1 byte/s: health p50/max, create p50/max, cut off with 408",
            SLOW_CLIENTS),
        Report.format(
            "%d/%d ms, %d/%d ms, %d",
            healthMillis.getValueAtPercentile(50),
            healthMillis.getMaxValue(),
            createMillis.getValueAtPercentile(50),
            createMillis.getMaxValue(),
            answered408),
        "every answer ≤ 1 s",
        worst <= 1_000);
  }

  private static boolean exists(BenchTenant tenant, String activityId) {
    return tenant.api().get("/activities/" + activityId).status() == 200;
  }

  private static void say(String format, Object... values) {
    System.out.println("[faults] " + Report.format(format, values));
  }
}
