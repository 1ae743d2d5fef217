package com.reten.api.resulttype;

/**
 * One code a tenant's task results may carry (API.md §5.1).
 *
 * @param code the code, {@code ^[A-Za-z0-9_]{1,64}$}, unique in the tenant (compared exactly)
 * @param label human name, copied onto each result recorded with the code
 * @param requiresFutureScheduledAt whether a result with this code must name a future {@code
 *     future_scheduled_at}; such a result on an activity also creates its follow-up activity
 */
public record TaskResultTypeDefinition(
    String code, String label, boolean requiresFutureScheduledAt) {}
