package com.reten.commandside.operator;

import com.reten.api.operator.OperatorType;
import java.util.UUID;

/**
 * What other aggregates' handlers may read of an operator (activity attributes).
 *
 * @param operatorId the operator
 * @param name their name
 * @param externalId their external id, or {@code null}
 * @param type their type
 */
public record OperatorSnapshot(
    UUID operatorId, String name, String externalId, OperatorType type) {}
