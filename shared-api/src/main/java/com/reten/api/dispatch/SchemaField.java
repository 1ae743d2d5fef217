package com.reten.api.dispatch;

/**
 * One field a channel definition expects in a tenant's credentials or settings (API.md §5.2).
 *
 * @param key the field's name in the JSON object
 * @param label a human-readable name
 * @param type how its value is checked and stored
 * @param required whether a config must supply it
 */
public record SchemaField(String key, String label, FieldType type, boolean required) {}
