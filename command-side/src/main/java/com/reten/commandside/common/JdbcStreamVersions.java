package com.reten.commandside.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The last sequence numbers of two event streams in one read of the event store's table (Axon's
 * JDBC engine, {@code domain_event_entry}), where a handler would otherwise ask the store once per
 * stream: an activity's creation checks that its own stream is new and, through {@link
 * StoreCheckedCache}, that its cached commerce is current — two round trips of the create's 15
 * (bench/side, 2026-12-07). The second stream's number is kept for this unit of work's next cache
 * check of it, once.
 */
@Component
final class JdbcStreamVersions implements StreamVersions {

  private static final String LAST =
      """
      SELECT aggregate_identifier, max(sequence_number) FROM domain_event_entry
      WHERE aggregate_identifier IN (?, ?) GROUP BY aggregate_identifier
      """;
  private static final String KNOWN = JdbcStreamVersions.class.getName();

  private final JdbcTemplate jdbc;

  JdbcStreamVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(String stream, String cachedAggregate) {
    Map<String, Long> last = new HashMap<>();
    jdbc.query(
        LAST,
        rs -> {
          last.put(rs.getString(1), rs.getLong(2));
        },
        stream,
        cachedAggregate);
    if (CurrentUnitOfWork.isStarted()) {
      Map<String, Long> known =
          CurrentUnitOfWork.get().root().getOrComputeResource(KNOWN, k -> new HashMap<>());
      known.put(cachedAggregate, last.get(cachedAggregate));
    }
    return last.containsKey(stream);
  }

  /**
   * The last sequence number of {@code aggregate} read by {@link #exists} in this unit of work, if
   * it was (the inner optional empty for a stream without events); taken once.
   */
  static Optional<Optional<Long>> takeKnown(String aggregate) {
    if (!CurrentUnitOfWork.isStarted()) {
      return Optional.empty();
    }
    Map<String, Long> known = CurrentUnitOfWork.get().root().getResource(KNOWN);
    if (known == null || !known.containsKey(aggregate)) {
      return Optional.empty();
    }
    return Optional.of(Optional.ofNullable(known.remove(aggregate)));
  }
}
