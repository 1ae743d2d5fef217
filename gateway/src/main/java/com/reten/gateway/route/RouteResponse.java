package com.reten.gateway.route;

import com.reten.api.route.RouteOperatorView;
import com.reten.api.route.RouteRole;
import com.reten.api.route.RouteView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A route as every route endpoint returns it, with its operator links and commerces. */
record RouteResponse(
    UUID id,
    String name,
    String externalId,
    String description,
    boolean isActive,
    Map<String, Object> metadata,
    List<Operator> operators,
    List<UUID> commerceIds,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * One operator link. An unlinked operator is no longer listed, as Reten's docs say of the DELETE
   * (the link's history stays in the route's events); isActive is kept for clients that read it and
   * is always true here.
   */
  record Operator(UUID operatorId, RouteRole role, boolean isActive) {

    static Operator of(RouteOperatorView view) {
      return new Operator(view.operatorId(), view.role(), view.active());
    }
  }

  static RouteResponse of(RouteView view) {
    return new RouteResponse(
        view.id(),
        view.name(),
        view.externalId(),
        view.description(),
        view.active(),
        view.metadata(),
        view.operators().stream().filter(RouteOperatorView::active).map(Operator::of).toList(),
        view.commerceIds(),
        view.createdAt(),
        view.updatedAt());
  }
}
