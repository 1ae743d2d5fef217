package com.reten.api.commerce;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One commerce of a sync. When its external id is new, it is registered with {@code commerceId};
 * otherwise the existing commerce is updated: {@code name} is set, other {@code null} fields are
 * left as they are, metadata is merged, and addresses, users, roles and contacts are added or
 * updated, never removed.
 *
 * @param commerceId id to use if the commerce is new
 * @param externalId the tenant's own id, the key of the upsert
 * @param name display name
 * @param globalExternalId cross-tenant id, or {@code null}
 * @param taxId tax identifier, or {@code null}
 * @param metadata free-form attributes, or {@code null}
 * @param addresses addresses to add or update
 * @param users people to add or update, matched by their external id
 */
public record CommerceSyncItem(
    UUID commerceId,
    String externalId,
    String name,
    String globalExternalId,
    String taxId,
    Map<String, Object> metadata,
    List<SyncedAddress> addresses,
    List<SyncedCommerceUser> users) {}
