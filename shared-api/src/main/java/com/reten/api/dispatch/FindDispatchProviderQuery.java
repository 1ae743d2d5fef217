package com.reten.api.dispatch;

import java.util.UUID;

/**
 * One catalog provider, answered with an optional {@link DispatchProviderView}.
 *
 * @param providerId the provider
 */
public record FindDispatchProviderQuery(UUID providerId) {}
