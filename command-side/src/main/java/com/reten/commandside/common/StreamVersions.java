package com.reten.commandside.common;

/**
 * Whether an event stream exists, asked together with another stream's version ({@link
 * JdbcStreamVersions}).
 */
public interface StreamVersions {

  /**
   * Whether {@code stream} has events, reading {@code cachedAggregate}'s last sequence number in
   * the same statement for {@link StoreCheckedCache} to use within this unit of work.
   */
  boolean exists(String stream, String cachedAggregate);
}
