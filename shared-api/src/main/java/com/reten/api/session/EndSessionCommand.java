package com.reten.api.session;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Revokes a refresh-token family on sign-out; a family already revoked stays so.
 *
 * @param sessionId the family
 * @param at business time
 */
public record EndSessionCommand(@TargetAggregateIdentifier UUID sessionId, Instant at) {}
