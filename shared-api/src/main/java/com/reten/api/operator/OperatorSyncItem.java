package com.reten.api.operator;

import java.util.Map;
import java.util.UUID;

/**
 * One operator of a {@link SyncOperatorsCommand}. An item matching an existing operator by ({@code
 * type}, {@code externalId}) updates its non-{@code null} fields (metadata merged); otherwise it
 * creates an operator, which needs a {@code name}.
 *
 * @param operatorId id to give the operator if the item creates one
 * @param externalId the operator's id in the tenant's own systems
 * @param type what the operator does
 * @param name full name, or {@code null} to keep an existing operator's
 * @param email e-mail, or {@code null}
 * @param phone E.164 phone number, or {@code null}
 * @param metadata free-form attributes, or {@code null}
 */
public record OperatorSyncItem(
    UUID operatorId,
    String externalId,
    OperatorType type,
    String name,
    String email,
    String phone,
    Map<String, Object> metadata) {}
