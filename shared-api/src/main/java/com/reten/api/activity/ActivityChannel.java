package com.reten.api.activity;

/** How an activity reaches the commerce; each belongs to one {@link ActivityType}. */
public enum ActivityChannel {
  SALESMAN(ActivityType.TASK),
  CALLCENTER(ActivityType.TASK),
  WHATSAPP(ActivityType.MESSAGE),
  EMAIL(ActivityType.MESSAGE),
  SMS(ActivityType.MESSAGE),
  PUSH(ActivityType.MESSAGE);

  private final ActivityType type;

  ActivityChannel(ActivityType type) {
    this.type = type;
  }

  /** Whether an activity of {@code candidate} type may use this channel. */
  public boolean serves(ActivityType candidate) {
    return type == candidate;
  }
}
