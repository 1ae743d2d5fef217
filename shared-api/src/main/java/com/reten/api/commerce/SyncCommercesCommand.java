package com.reten.api.commerce;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Upserts many commerces by {@code externalId}, all or nothing: if any item is refused, no commerce
 * changes. Answered with a {@link CommerceSyncResult}.
 *
 * @param tenantId the caller's tenant
 * @param items the commerces, each with its external id unique in the list
 * @param at business time
 */
public record SyncCommercesCommand(UUID tenantId, List<CommerceSyncItem> items, Instant at) {}
