package com.reten.api.route;

import java.util.UUID;

/**
 * One commerce a route visits.
 *
 * @param position the visit's place in the route, from 1
 * @param commerceId the commerce visited
 */
public record RouteStop(int position, UUID commerceId) {}
