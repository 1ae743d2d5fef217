package com.reten.gateway.events;

import com.reten.api.eventlog.EventLogEntry;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Reads a stream in batches through the query bus; every format of the API pages with it. */
@Component
class EventStreamReader {

  /** Events per read when streaming (NDJSON, SSE): bounds the memory one stream holds. */
  static final int BATCH = 500;

  private final QueryGateway queries;

  EventStreamReader(QueryGateway queries) {
    this.queries = queries;
  }

  List<EventLogEntry> read(EventStream stream, long afterPosition, int limit) {
    return queries
        .query(
            stream.after(afterPosition, limit),
            ResponseTypes.multipleInstancesOf(EventLogEntry.class))
        .join();
  }
}
