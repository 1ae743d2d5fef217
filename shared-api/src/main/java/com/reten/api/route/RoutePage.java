package com.reten.api.route;

import java.util.List;

/**
 * One page of a {@link ListRoutesQuery}.
 *
 * @param items the routes on the page
 * @param total how many routes match the filters, on every page
 */
public record RoutePage(List<RouteView> items, long total) {}
