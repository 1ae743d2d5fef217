package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.reten.gateway.support.ApiResponse;
import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Rolled-back appends leave holes in the global index that tracking tokens carry as gaps; the store
 * must drop them once timed out, or a burst of them fills memory (see {@link EventStoreConfig}).
 * Axon's defaults would keep these 200 gaps for good (they are cleaned only beyond 250). A repeated
 * idempotency key, the commonest rollback, must not make one at all.
 */
@TestPropertySource(properties = "reten.event-store.gap-timeout=1s")
class EventStoreGapsTest extends IntegrationTest {

  @Autowired private EventProcessingConfiguration processing;

  @Test
  void gapsLeftByRolledBackAppendsAreDroppedOnceTimedOut() {
    TaskWorld world = TaskWorld.create(api, asRoot());
    world.task("first");
    // What a rolled-back append leaves: global index values taken and never committed.
    jdbc.queryForList(
        "SELECT nextval(pg_get_serial_sequence('domain_event_entry', 'global_index'))"
            + " FROM generate_series(1, 200)");
    world.task("after");
    // The event log's processor (which writes do not wait for) passes the holes soon after.
    await().atMost(Duration.ofSeconds(10)).until(() -> gaps() > 100);

    // Tokens travel with events: writes go on, and the tokens they carry lose the timed-out gaps.
    var writes = new AtomicInteger();
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              world.task("later-" + writes.incrementAndGet());
              return gaps() <= 16;
            });
  }

  @Test
  void aRepeatedIdempotencyKeyTakesNoGlobalIndex() {
    TaskWorld world = TaskWorld.create(api, asRoot());
    world.task("once");
    long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);

    for (int i = 0; i < 20; i++) {
      ApiResponse repeat = world.admin().post("/api/activities/tasks", world.taskBody("once"));
      assertThat(repeat.status()).as("%s", repeat).isEqualTo(409);
    }
    world.task("next");

    assertThat(
            jdbc.queryForObject(
                "SELECT min(global_index) FROM domain_event_entry WHERE global_index > ?",
                Long.class,
                head))
        .isEqualTo(head + 1);
  }

  private int gaps() {
    var eventLog =
        processing.eventProcessor("event-log", StreamingEventProcessor.class).orElseThrow();
    var token = eventLog.processingStatus().get(0).getTrackingToken();
    return ((GapAwareTrackingToken) token).getGaps().size();
  }
}
