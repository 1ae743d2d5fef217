package com.reten.api.activityconfig;

import java.util.UUID;

/**
 * One key of the global attribute-key catalog.
 *
 * @param id stable id, derived from the key
 * @param key the key, as used in requests
 * @param label human name
 * @param description what the value holds
 */
public record AttributeKeyView(UUID id, String key, String label, String description) {}
