package com.reten.api.commerce;

/**
 * What a sync did.
 *
 * @param created commerces registered
 * @param updated items that matched an existing commerce (whether or not a field changed)
 * @param total items in the sync
 */
public record CommerceSyncResult(int created, int updated, int total) {}
