package com.reten.gateway.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.eventlog.EventLogEntry;
import com.reten.gateway.command.ProjectionBarrier;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The three ways a stream is read, shared by the tenant and the platform endpoints: a JSON page, an
 * NDJSON export of everything after a cursor, and live server-sent events.
 */
@Component
class EventStreamFormats {

  static final String NDJSON = "application/x-ndjson";
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final EventStreamReader reader;
  private final LiveEventStreams live;
  private final ObjectMapper json;
  private final ProjectionBarrier barrier;

  EventStreamFormats(
      EventStreamReader reader,
      LiveEventStreams live,
      ObjectMapper json,
      ProjectionBarrier barrier) {
    this.reader = reader;
    this.live = live;
    this.json = json;
    this.barrier = barrier;
  }

  EventPageResponse page(EventStream stream, String after, Integer limit) {
    caughtUp();
    long from = EventCursor.position(after);
    List<EventLogEntry> events = reader.read(stream, from, limit(limit));
    long next = events.isEmpty() ? from : events.get(events.size() - 1).position();
    return new EventPageResponse(
        events.stream().map(EventResponse::of).toList(), EventCursor.of(next));
  }

  /**
   * Writes every event after {@code after} as one JSON object per line, a batch at a time, until a
   * batch comes back short: the client has everything that was there when the export caught up.
   */
  void export(EventStream stream, String after, HttpServletResponse response) throws IOException {
    caughtUp();
    long position = EventCursor.position(after);
    List<EventLogEntry> batch = reader.read(stream, position, EventStreamReader.BATCH);
    response.setContentType(NDJSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    while (true) {
      for (EventLogEntry entry : batch) {
        out.write(json.writeValueAsString(EventResponse.of(entry)));
        out.write('\n');
        position = entry.position();
      }
      out.flush();
      if (batch.size() < EventStreamReader.BATCH) {
        return;
      }
      batch = reader.read(stream, position, EventStreamReader.BATCH);
    }
  }

  /**
   * Live events after {@code Last-Event-ID} when the client reconnects, else after {@code after}.
   */
  ResponseEntity<SseEmitter> follow(EventStream stream, String after, String lastEventId) {
    long position = EventCursor.position(lastEventId != null ? lastEventId : after);
    return ResponseEntity.ok()
        .header("Cache-Control", "no-cache")
        .header("X-Accel-Buffering", "no") // nginx: pass events on, do not buffer them
        .body(live.follow(stream, position));
  }

  /**
   * Writes do not wait for the event log (see {@link ProjectionBarrier}); a read does, so it shows
   * every event stored before it, the caller's own writes included.
   */
  private void caughtUp() {
    barrier.awaitHead(ProjectionBarrier.EVENT_LOG);
  }

  private static int limit(Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "limit must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }
}
