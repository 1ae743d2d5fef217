package com.reten.api.operator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Upserts operators by ({@code type}, {@code externalId}), all or nothing: one invalid or
 * conflicting item refuses the whole batch and changes nothing. Answered with an {@link
 * OperatorSyncResult}.
 *
 * @param tenantId the tenant
 * @param items the operators, in the order the client sent them (error messages name the index)
 * @param at business time of the request
 */
public record SyncOperatorsCommand(UUID tenantId, List<OperatorSyncItem> items, Instant at) {}
