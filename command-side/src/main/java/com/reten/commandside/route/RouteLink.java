package com.reten.commandside.route;

import com.reten.api.route.RouteRole;

/** An operator's link to a route, kept after unlinking so that relinking reactivates it. */
record RouteLink(RouteRole role, boolean active) {

  boolean isActiveAs(RouteRole wanted) {
    return active && role == wanted;
  }
}
