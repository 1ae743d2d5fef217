package com.reten.gateway.activity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.reten.api.activity.ActivityHistoryEntry;
import com.reten.api.activity.FindActivityHistoryQuery;
import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Activities")
@RestController
@RequestMapping("/api/activities")
class ActivityHistoryController {

  private final QueryGateway queries;
  private final ObjectMapper json;

  ActivityHistoryController(QueryGateway queries, ObjectMapper json) {
    this.queries = queries;
    this.json = json;
  }

  @Operation(
      operationId = "getActivityHistory",
      summary = "An activity's events",
      description =
          "Every event of the activity from the event store, oldest first: sequence, eventType"
              + " (the event's name), occurredAt, actor {type, id}, correlationId (the causing"
              + " request's x-request-id) and payload (the event as JSON). 404 for an unknown or"
              + " another tenant's activity.")
  @GetMapping("/{id}/history")
  @RequiresPermission(Permission.VIEW_ACTIVITIES)
  List<ActivityHistoryResponse> history(@PathVariable UUID id, Caller caller) {
    List<ActivityHistoryEntry> entries =
        queries
            .query(
                new FindActivityHistoryQuery(caller.tenantId(), id),
                ResponseTypes.multipleInstancesOf(ActivityHistoryEntry.class))
            .join();
    if (entries.isEmpty()) {
      throw RetenException.notFound("Activity");
    }
    return entries.stream().map(entry -> ActivityHistoryResponse.of(entry, json)).toList();
  }
}
