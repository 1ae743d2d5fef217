package com.reten.api.operator;

/**
 * What a {@link SyncOperatorsCommand} did.
 *
 * @param created operators created
 * @param updated items that matched an existing operator (changed or not)
 * @param total items in the batch
 */
public record OperatorSyncResult(int created, int updated, int total) {}
