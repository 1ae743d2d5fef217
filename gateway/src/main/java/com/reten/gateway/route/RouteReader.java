package com.reten.gateway.route;

import com.reten.api.error.RetenException;
import com.reten.api.route.FindRouteQuery;
import com.reten.api.route.RouteView;
import com.reten.gateway.security.Caller;
import com.reten.gateway.web.Versions;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads one route of the caller's tenant for the route controllers. */
@Component
class RouteReader {

  private final QueryGateway queries;

  RouteReader(QueryGateway queries) {
    this.queries = queries;
  }

  RouteView find(Caller caller, UUID id) {
    return queries
        .query(
            new FindRouteQuery(caller.tenantId(), id),
            ResponseTypes.optionalInstanceOf(RouteView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("Route"));
  }

  /** The route as the body, its version as the ETag. */
  ResponseEntity<RouteResponse> versioned(
      ResponseEntity.BodyBuilder response, Caller caller, UUID id) {
    RouteView view = find(caller, id);
    return response.eTag(Versions.etag(view.version())).body(RouteResponse.of(view));
  }
}
