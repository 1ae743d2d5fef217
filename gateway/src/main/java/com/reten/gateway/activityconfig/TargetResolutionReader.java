package com.reten.gateway.activityconfig;

import com.reten.api.activityconfig.FindTargetResolutionConfigQuery;
import com.reten.api.activityconfig.TargetResolutionConfigView;
import com.reten.api.error.RetenException;
import com.reten.gateway.security.Caller;
import com.reten.gateway.web.Versions;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads one target-resolution config of the caller's tenant. */
@Component
class TargetResolutionReader {

  private final QueryGateway queries;

  TargetResolutionReader(QueryGateway queries) {
    this.queries = queries;
  }

  /** The config as the body, its own version as the ETag. */
  ResponseEntity<TargetResolutionResponse> versioned(
      ResponseEntity.BodyBuilder response, Caller caller, UUID id) {
    TargetResolutionConfigView view =
        queries
            .query(
                new FindTargetResolutionConfigQuery(caller.tenantId(), id),
                ResponseTypes.optionalInstanceOf(TargetResolutionConfigView.class))
            .join()
            .orElseThrow(() -> RetenException.notFound("Target-resolution config"));
    return response.eTag(Versions.etag(view.version())).body(TargetResolutionResponse.of(view));
  }
}
