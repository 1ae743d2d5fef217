package com.reten.gateway.dispatch;

import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.activity.ListActivityStatusEventsQuery;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Waits, on the activity read model, for the outcome of the attempt after a manual dispatch
 * request. The read model is shared by every node, so it sees the outcome whichever node's
 * dispatcher made the attempt.
 */
@Component
class DispatchOutcomes {

  private static final long PAUSE_NANOS = Duration.ofMillis(20).toNanos();

  private final QueryGateway queries;
  private final Duration wait;

  DispatchOutcomes(
      QueryGateway queries, @Value("${reten.dispatch.manual-wait:30s}") Duration wait) {
    this.queries = queries;
    this.wait = wait;
  }

  ActivityView activity(UUID tenantId, UUID id) {
    return queries
        .query(
            new FindActivityQuery(tenantId, id),
            ResponseTypes.optionalInstanceOf(ActivityView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("Activity"));
  }

  /**
   * Returns once the attempt after {@code attemptsBefore} made the activity DISPATCHED; a failed
   * attempt, another outcome or no outcome in time is a 502 saying why.
   */
  void awaitAccepted(UUID tenantId, UUID id, int attemptsBefore) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      ActivityView view = activity(tenantId, id);
      if (view.status() == ActivityStatus.DISPATCHED) {
        return;
      }
      if (view.status() != ActivityStatus.READY
          || view.dispatch().attemptCount() > attemptsBefore) {
        throw new RetenException(ErrorCode.DISPATCH_FAILED, failure(tenantId, id, view));
      }
      if (System.nanoTime() > deadline) {
        throw new RetenException(
            ErrorCode.DISPATCH_FAILED,
            "No answer from the dispatch provider within "
                + wait.toSeconds()
                + " s; the activity's status events will show the outcome");
      }
      LockSupport.parkNanos(PAUSE_NANOS);
    }
  }

  private String failure(UUID tenantId, UUID id, ActivityView view) {
    List<ActivityStatusEventView> events =
        queries
            .query(
                new ListActivityStatusEventsQuery(tenantId, id),
                ResponseTypes.multipleInstancesOf(ActivityStatusEventView.class))
            .join();
    ActivityStatusEventView last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (last == null || last.errorCode() == null) {
      return "The task was not dispatched; it is " + view.status();
    }
    return "Dispatch failed (" + last.errorCode() + "): " + last.errorMessage();
  }
}
