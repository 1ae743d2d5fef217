package com.reten.gateway.resulttype;

import com.reten.api.resulttype.TaskResultTypeView;

/** A result-type code as /api/activity-config/task-result-types returns it (API.md §5.1). */
record TaskResultTypeResponse(
    String code, String label, boolean requiresFutureScheduledAt, boolean isActive) {

  static TaskResultTypeResponse of(TaskResultTypeView view) {
    return new TaskResultTypeResponse(
        view.code(), view.label(), view.requiresFutureScheduledAt(), view.active());
  }
}
