package com.reten.api.route;

/** An operator's part on a route. */
public enum RouteRole {
  LEAD,
  MEMBER
}
