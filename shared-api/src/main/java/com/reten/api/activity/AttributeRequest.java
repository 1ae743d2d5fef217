package com.reten.api.activity;

/**
 * One attribute as the caller sent it in a create request.
 *
 * @param key a key of the attribute-key catalog
 * @param value the caller's value (any JSON: object, array or scalar), or {@code null} to have it
 *     resolved by the tenant's policy for the key
 * @param fallback the value taken when resolution fails, or {@code null} for none
 */
public record AttributeRequest(String key, Object value, Object fallback) {}
