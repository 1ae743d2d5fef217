package com.reten.api.result;

import java.util.EnumSet;
import java.util.Set;

/** Which endpoint a result came through, and so which statuses it may carry. */
public enum ResultRoute {
  /** {@code POST /api/activity-results/tasks}. */
  CORE(
      EnumSet.of(
          ResultStatus.PENDING,
          ResultStatus.COMPLETED,
          ResultStatus.NOT_EXECUTED,
          ResultStatus.CANCELED,
          ResultStatus.TRANSFERRED)),
  /** {@code POST /api/integration/activity-results/tasks} (API keys only). */
  INTEGRATION(EnumSet.of(ResultStatus.EFFECTIVE, ResultStatus.NOT_EFFECTIVE, ResultStatus.PENDING));

  private final Set<ResultStatus> statuses;

  ResultRoute(Set<ResultStatus> statuses) {
    this.statuses = statuses;
  }

  /** The statuses this route accepts. */
  public Set<ResultStatus> statuses() {
    return EnumSet.copyOf(statuses);
  }

  public boolean accepts(ResultStatus status) {
    return statuses.contains(status);
  }
}
