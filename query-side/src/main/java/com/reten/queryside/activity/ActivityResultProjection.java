package com.reten.queryside.activity;

import com.reten.api.result.ActivityFollowUpFailedEvent;
import com.reten.api.result.ActivityFollowUpRequestedEvent;
import com.reten.api.result.ActivityResultAppliedEvent;
import com.reten.api.result.ActivityResultPage;
import com.reten.api.result.ActivityResultRecordedEvent;
import com.reten.api.result.ActivityResultView;
import com.reten.api.result.FindActivityResultQuery;
import com.reten.api.result.ListActivityResultsQuery;
import com.reten.api.result.ListResultsOfActivityQuery;
import com.reten.api.result.StandaloneResultRecordedEvent;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Results (API.md §4.5) and what they do to their activity: its latest result, its status with a
 * RESULT_RECORDED status event, and its version (every event of an activity is a new version, so
 * its ETag follows). In the {@code activities} group so an activity and its results are projected
 * in order, by one thread.
 */
@Component
@ProcessingGroup("activities")
class ActivityResultProjection {

  private static final Sort LATEST_RECORDED_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

  private final ActivityResultRows results;
  private final ActivityTable table;

  ActivityResultProjection(ActivityResultRows results, ActivityTable table) {
    this.results = results;
    this.table = table;
  }

  @EventHandler
  void on(ActivityResultRecordedEvent event, @SequenceNumber long version) {
    results.save(new ActivityResultRow(event.tenantId(), event.result(), event.recordedAt()));
    table.latestResult(event.activityId(), event.result().id(), event.recordedAt(), version);
  }

  @EventHandler
  void on(StandaloneResultRecordedEvent event) {
    results.save(new ActivityResultRow(event.tenantId(), event.result(), event.recordedAt()));
  }

  @EventHandler
  void on(ActivityResultAppliedEvent event, @SequenceNumber long version) {
    table.status(event.activityId(), event.toStatus(), event.appliedAt(), version);
    table.statusEvent(
        event.activityId(),
        version,
        "RESULT_RECORDED",
        event.fromStatus(),
        event.toStatus(),
        event.appliedAt(),
        null,
        null);
  }

  /** A follow-up's request or refusal changes no field of the activity, only its version. */
  @EventHandler
  void on(ActivityFollowUpRequestedEvent event, @SequenceNumber long version) {
    table.version(event.activityId(), version);
  }

  @EventHandler
  void on(ActivityFollowUpFailedEvent event, @SequenceNumber long version) {
    table.version(event.activityId(), version);
  }

  @ResetHandler
  void reset() {
    results.deleteAllInBatch();
  }

  @QueryHandler
  Optional<ActivityResultView> handle(FindActivityResultQuery query) {
    return results
        .findByIdAndTenantId(query.resultId(), query.tenantId())
        .map(ActivityResultRow::toView);
  }

  @QueryHandler
  ActivityResultPage handle(ListActivityResultsQuery query) {
    var filters = ActivityResultFilters.of(query);
    if ((long) (query.page() - 1) * query.limit() > Integer.MAX_VALUE) {
      return new ActivityResultPage(List.of(), results.count(filters));
    }
    var page =
        results.findAll(
            filters, PageRequest.of(query.page() - 1, query.limit(), LATEST_RECORDED_FIRST));
    return new ActivityResultPage(
        page.getContent().stream().map(ActivityResultRow::toView).toList(),
        page.getTotalElements());
  }

  @QueryHandler
  List<ActivityResultView> handle(ListResultsOfActivityQuery query) {
    return results
        .findByTenantIdAndActivityIdOrderByCreatedAtDescIdDesc(query.tenantId(), query.activityId())
        .stream()
        .map(ActivityResultRow::toView)
        .toList();
  }
}
