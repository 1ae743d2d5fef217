package com.reten.gateway.route;

/** Field formats shared by the route requests. */
final class RouteFormats {

  // For optional fields: absent is fine, present must hold more than spaces.
  static final String NOT_BLANK = "(?s).*\\S.*";

  private RouteFormats() {}
}
