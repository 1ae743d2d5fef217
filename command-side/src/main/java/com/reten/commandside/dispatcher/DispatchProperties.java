package com.reten.commandside.dispatcher;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How activities are dispatched (API.md §5.4).
 *
 * @param workerEnabled whether this node sends due activities (jobs are recorded either way)
 * @param pollInterval how often the job table is checked for due work besides local wake-ups
 * @param concurrency attempts in flight at once on this node
 * @param lease how long a claimed job stays this node's; must outlast an attempt, since a crashed
 *     node's jobs are retried only after it
 * @param backoff the wait after the 1st, 2nd... failed attempt (the last value repeats)
 * @param httpTimeout connect and response timeout of a provider call
 * @param releaseDelay the wait before retrying a job whose attempt broke off unrecorded (database
 *     trouble), not counted as an attempt
 * @param resultCallbackUrl where a provider posts results, sent in every request body
 */
@ConfigurationProperties("reten.dispatch")
record DispatchProperties(
    Boolean workerEnabled,
    Duration pollInterval,
    Integer concurrency,
    Duration lease,
    List<Duration> backoff,
    Duration httpTimeout,
    Duration releaseDelay,
    String resultCallbackUrl) {

  DispatchProperties {
    workerEnabled = workerEnabled == null || workerEnabled;
    pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
    concurrency = concurrency == null ? 4 : concurrency;
    httpTimeout = httpTimeout == null ? Duration.ofSeconds(10) : httpTimeout;
    lease = lease == null ? Duration.ofSeconds(60) : lease;
    backoff =
        backoff == null || backoff.isEmpty()
            ? List.of(Duration.ofSeconds(2), Duration.ofSeconds(10))
            : List.copyOf(backoff);
    releaseDelay = releaseDelay == null ? Duration.ofSeconds(5) : releaseDelay;
    resultCallbackUrl =
        resultCallbackUrl == null
            ? "http://localhost:3000/api/integration/activity-results/tasks"
            : resultCallbackUrl;
    if (concurrency < 1) {
      throw new IllegalArgumentException("reten.dispatch.concurrency must be at least 1");
    }
    if (lease.compareTo(httpTimeout.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException(
          "reten.dispatch.lease must be at least twice reten.dispatch.http-timeout, so a slow"
              + " attempt never loses its job to another node");
    }
  }

  /** The wait after failed attempt number {@code attempt} (from 1). */
  Duration backoffAfter(int attempt) {
    return backoff.get(Math.min(Math.max(attempt, 1), backoff.size()) - 1);
  }
}
