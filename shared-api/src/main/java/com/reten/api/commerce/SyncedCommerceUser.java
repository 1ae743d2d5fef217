package com.reten.api.commerce;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person in a sync, matched to an existing commerce user by {@code externalId}. A match gets the
 * new name (when given), any missing roles, and its contacts upserted.
 *
 * @param userId id to use if the user is added
 * @param externalId the tenant's own id for the person
 * @param name full name, or {@code null}
 * @param roles roles to hold
 * @param contacts contacts to add or update
 */
public record SyncedCommerceUser(
    UUID userId,
    String externalId,
    String name,
    Set<CommerceRole> roles,
    List<SyncedContact> contacts) {}
