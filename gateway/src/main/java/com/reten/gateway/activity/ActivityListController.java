package com.reten.gateway.activity;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.activity.ActivityPage;
import com.reten.api.activity.ActivityStatus;
import com.reten.api.activity.ActivityStatusEventView;
import com.reten.api.activity.ActivityType;
import com.reten.api.activity.ListActivitiesQuery;
import com.reten.api.activity.ListActivityStatusEventsQuery;
import com.reten.api.security.Permission;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.web.PageParams;
import com.reten.gateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Activities")
@RestController
@RequestMapping("/api/activities")
class ActivityListController {

  private final QueryGateway queries;
  private final ActivityReader reader;

  ActivityListController(QueryGateway queries, ActivityReader reader) {
    this.queries = queries;
    this.reader = reader;
  }

  @Operation(
      operationId = "listActivities",
      summary = "List activities",
      description =
          "Latest scheduledAt first (ties by id), paginated. search: case-insensitive text"
              + " contained in the reason or the commerce's name or external id; status, type,"
              + " channel: one value each; commerce_id, operator_id, route_id; scheduled_from and"
              + " scheduled_to: ISO instants, both inclusive. Filters combine with AND; a bad"
              + " value is a 400.")
  @GetMapping
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  PageResponse<ActivityResponse> list(
      PageParams params,
      @RequestParam(required = false) @Size(max = 255) String search,
      @RequestParam(required = false) ActivityStatus status,
      @RequestParam(required = false) ActivityType type,
      @RequestParam(required = false) ActivityChannel channel,
      @RequestParam(name = "commerce_id", required = false) UUID commerceId,
      @RequestParam(name = "operator_id", required = false) UUID operatorId,
      @RequestParam(name = "route_id", required = false) UUID routeId,
      @RequestParam(name = "scheduled_from", required = false) Instant scheduledFrom,
      @RequestParam(name = "scheduled_to", required = false) Instant scheduledTo,
      Caller caller) {
    var filters =
        new ListActivitiesQuery.Filters(
            search,
            status,
            type,
            channel,
            commerceId,
            operatorId,
            routeId,
            scheduledFrom,
            scheduledTo);
    var query = new ListActivitiesQuery(caller.tenantId(), filters, params.page(), params.limit());
    ActivityPage page = queries.query(query, ResponseTypes.instanceOf(ActivityPage.class)).join();
    return PageResponse.of(
        page.items().stream().map(ActivityResponse::of).toList(), page.total(), params);
  }

  @Operation(
      operationId = "listActivityStatusEvents",
      summary = "An activity's status events",
      description =
          "Oldest first: {id, eventType (CREATED, CANCELED, ...), fromStatus (null on creation),"
              + " toStatus, errorCode, errorMessage, occurredAt}, derived from the activity's"
              + " events. 404 also for another tenant's activity.")
  @GetMapping("/{id}/status-events")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<ActivityStatusEventView> statusEvents(@PathVariable UUID id, Caller caller) {
    reader.find(caller, id);
    return queries
        .query(
            new ListActivityStatusEventsQuery(caller.tenantId(), id),
            ResponseTypes.multipleInstancesOf(ActivityStatusEventView.class))
        .join();
  }
}
