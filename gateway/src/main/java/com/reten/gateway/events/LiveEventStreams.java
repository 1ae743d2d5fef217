package com.reten.gateway.events;

import com.reten.api.eventlog.EventLogEntry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent event streams that follow a stream live. Each one polls the event log from its last
 * position on a small shared scheduler (no thread per client, at most one batch in memory), sends
 * each event with its cursor as the SSE id, and a comment now and then so that proxies keep the
 * connection and a vanished client is noticed. Polling, not a local notification, because the event
 * log may be written by another node.
 *
 * <p>Streams end at {@code reten.events.live-timeout} (EventSource clients reconnect with
 * Last-Event-ID) and when the application stops, before the web server's graceful shutdown waits
 * for open requests.
 */
@Component
class LiveEventStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LiveEventStreams.class);

  private final EventStreamReader reader;
  private final Duration pollInterval;
  private final Duration heartbeat;
  private final Duration timeout;
  private final ScheduledExecutorService scheduler =
      Executors.newScheduledThreadPool(
          2,
          task -> {
            Thread thread = new Thread(task, "reten-live-events");
            thread.setDaemon(true);
            return thread;
          });
  private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
  private volatile boolean running;

  LiveEventStreams(
      EventStreamReader reader,
      @Value("${reten.events.poll-interval:250ms}") Duration pollInterval,
      @Value("${reten.events.heartbeat:15s}") Duration heartbeat,
      @Value("${reten.events.live-timeout:30m}") Duration timeout) {
    this.reader = reader;
    this.pollInterval = pollInterval;
    this.heartbeat = heartbeat;
    this.timeout = timeout;
  }

  /** Follows {@code stream} from {@code afterPosition} until the client leaves or time is up. */
  SseEmitter follow(EventStream stream, long afterPosition) {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    Follower follower = new Follower(stream, afterPosition, emitter);
    followers.add(follower);
    emitter.onCompletion(follower::stop);
    emitter.onTimeout(follower::stop);
    emitter.onError(error -> follower.stop());
    scheduler.execute(follower::poll);
    return emitter;
  }

  private final class Follower {

    private final EventStream stream;
    private final SseEmitter emitter;
    private long position;
    private long lastSentNanos = System.nanoTime();
    private volatile boolean stopped;
    private boolean greeted;

    Follower(EventStream stream, long position, SseEmitter emitter) {
      this.stream = stream;
      this.position = position;
      this.emitter = emitter;
    }

    void poll() {
      if (stopped) {
        return;
      }
      long delay = pollInterval.toMillis();
      try {
        if (!greeted) {
          // Commits the response headers at once, so the client knows the stream is open.
          emitter.send(SseEmitter.event().comment("following"));
          greeted = true;
        }
        List<EventLogEntry> batch = reader.read(stream, position, EventStreamReader.BATCH);
        for (EventLogEntry entry : batch) {
          EventResponse event = EventResponse.of(entry);
          emitter.send(
              SseEmitter.event().id(event.cursor()).data(event, MediaType.APPLICATION_JSON));
          position = entry.position();
        }
        if (!batch.isEmpty()) {
          lastSentNanos = System.nanoTime();
        } else if (System.nanoTime() - lastSentNanos > heartbeat.toNanos()) {
          emitter.send(SseEmitter.event().comment("keep-alive"));
          lastSentNanos = System.nanoTime();
        }
        if (batch.size() == EventStreamReader.BATCH) {
          delay = 0;
        }
      } catch (IOException | IllegalStateException gone) {
        stop(); // the client went away, or the emitter already completed
        return;
      } catch (RuntimeException e) {
        // The database may be briefly unreachable: keep the stream and try again next time.
        log.warn("Live event stream could not read the event log: {}", e.toString());
      }
      if (!stopped) {
        scheduler.schedule(this::poll, delay, TimeUnit.MILLISECONDS);
      }
    }

    void stop() {
      stopped = true;
      followers.remove(this);
    }

    void end() {
      stop();
      emitter.complete();
    }
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    followers.forEach(Follower::end);
    scheduler.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
