package com.reten.queryside.route;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RouteOperatorRows extends JpaRepository<RouteOperatorRow, RouteOperatorRow.Key> {

  /** Links of these routes, first linked first (ties by operator id). */
  List<RouteOperatorRow> findByRouteIdInOrderByLinkedAtAscOperatorIdAsc(Collection<?> routeIds);
}
