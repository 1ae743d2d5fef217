package com.reten.api.dispatch;

/**
 * The whole provider catalog (global, the same for every tenant), by code; answered with a list of
 * {@link DispatchProviderView}.
 */
public record ListDispatchProvidersQuery() {}
