package com.reten.queryside.activity;

/**
 * The position of a target user or attribute row, which orders an activity's rows as they were
 * first seen: by the event that added it, then by its place in that event. Taken from the event
 * alone because counting the activity's rows instead made Hibernate flush the whole batch before
 * every such event (a replay spent most of its time there). Rows written before this rule hold
 * positions 0..n-1, all below any position it gives, so their order is kept.
 */
final class RowOrder {

  private static final int PER_EVENT = 10_000;

  private RowOrder() {}

  static int of(long eventSequence, int indexInEvent) {
    if (indexInEvent >= PER_EVENT) {
      throw new IllegalArgumentException("More than " + PER_EVENT + " rows in one event");
    }
    return Math.toIntExact(eventSequence * PER_EVENT + indexInEvent);
  }
}
