package com.reten.gateway.activity;

import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.error.RetenException;
import com.reten.gateway.security.Caller;
import com.reten.gateway.web.Versions;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads one activity of the caller's tenant for the activity controllers. */
@Component
class ActivityReader {

  private final QueryGateway queries;

  ActivityReader(QueryGateway queries) {
    this.queries = queries;
  }

  ActivityView find(Caller caller, UUID id) {
    return queries
        .query(
            new FindActivityQuery(caller.tenantId(), id),
            ResponseTypes.optionalInstanceOf(ActivityView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("Activity"));
  }

  /** The activity as the body, its version as the ETag. */
  ResponseEntity<ActivityResponse> versioned(
      ResponseEntity.BodyBuilder response, Caller caller, UUID id) {
    ActivityView view = find(caller, id);
    return response.eTag(Versions.etag(view.version())).body(ActivityResponse.of(view));
  }
}
