package com.reten.queryside.eventlog;

import com.reten.api.audit.EventMetadata;
import java.lang.reflect.RecordComponent;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Copies every event, whatever its type, into {@code rm_event_log} under its tenant, redacted, for
 * the event stream API. Its processor must stay single-threaded with one segment: the stream's
 * cursor is the table's own position, which only commits in order while there is one writer (see
 * V20__event_log.sql). Re-delivered events are ignored by their id, so a restart or a replay never
 * duplicates a row or moves a position a client already holds.
 */
@Component
@ProcessingGroup(EventLogIndexer.PROCESSING_GROUP)
class EventLogIndexer {

  static final String PROCESSING_GROUP = "event-log";

  private static final String INSERT =
      "INSERT INTO rm_event_log (event_id, tenant_id, aggregate_type, aggregate_id, sequence,"
          + " event_type, revision, occurred_at, actor_type, actor_id, correlation_id, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json) ON CONFLICT (event_id) DO NOTHING";
  private static final String PENDING_ROWS = EventLogIndexer.class.getName() + ".pendingRows";

  private final JdbcTemplate jdbc;
  private final Serializer serializer;

  EventLogIndexer(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
    this.jdbc = jdbc;
    this.serializer = serializer;
  }

  /**
   * Takes every event as a message, not as its payload: the row's payload is the stored JSON (the
   * current revision, as the upcasters left it), never deserialized into its record and serialized
   * again — which was over a third of this processor's CPU on a create-activity load (JFR).
   */
  @EventHandler
  void on(EventMessage<?> event, UnitOfWork<?> unitOfWork) {
    pendingRows(unitOfWork.root()).add(row(event));
  }

  /**
   * The rows of the unit of work's events, written in one JDBC batch, in order, as it prepares to
   * commit: one round trip per batch of events instead of one per event. A create-activity is four
   * events, and the writes that wait for this processor waited on those round trips.
   */
  private List<Object[]> pendingRows(UnitOfWork<?> unitOfWork) {
    return unitOfWork.getOrComputeResource(
        PENDING_ROWS,
        key -> {
          List<Object[]> rows = new ArrayList<>();
          unitOfWork.onPrepareCommit(committing -> jdbc.batchUpdate(INSERT, rows));
          return rows;
        });
  }

  private Object[] row(EventMessage<?> event) {
    var domain = event instanceof DomainEventMessage<?> d ? d : null;
    var metadata = event.getMetaData();
    return new Object[] {
      event.getIdentifier(),
      tenantOf(event).orElse(null),
      domain == null ? null : domain.getType(),
      domain == null ? null : domain.getAggregateIdentifier(),
      domain == null ? null : domain.getSequenceNumber(),
      event.getPayloadType().getSimpleName(),
      revisionOf(event.getPayloadType()),
      Timestamp.from(event.getTimestamp()),
      text(metadata.get(EventMetadata.ACTOR_TYPE)),
      text(metadata.get(EventMetadata.ACTOR_ID)),
      text(metadata.get(EventMetadata.CORRELATION_ID)),
      SecretRedaction.redactedJson(storedJson(event)).toString()
    };
  }

  /**
   * The tenant the gateway stamped on the event, or, for an event published without that stamp, the
   * payload's own {@code tenantId}. Neither: a platform-level event.
   */
  static Optional<UUID> tenantOf(EventMessage<?> event) {
    Object stamped = event.getMetaData().get(EventMetadata.TENANT_ID);
    if (stamped != null) {
      return Optional.of(UUID.fromString(stamped.toString()));
    }
    Object payload = event.getPayload();
    if (payload == null || !payload.getClass().isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent component : payload.getClass().getRecordComponents()) {
      if (component.getName().equals("tenantId") && component.getType() == UUID.class) {
        try {
          return Optional.ofNullable((UUID) component.getAccessor().invoke(payload));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read tenantId of " + payload.getClass(), e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The payload's JSON as stored, when the message was read from the event store with this
   * serializer (the event store's); serialized now otherwise.
   */
  private byte[] storedJson(EventMessage<?> event) {
    return event.serializePayload(serializer, byte[].class).getData();
  }

  private static String revisionOf(Class<?> type) {
    Revision revision = type.getAnnotation(Revision.class);
    return revision == null ? null : revision.value();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
