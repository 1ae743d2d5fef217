package com.reten.api.apikey;

/**
 * The key whose SHA-256 is {@code keyHash}, answered with an optional {@link ApiKeyView}. Asked by
 * authentication, before any tenant is known.
 *
 * @param keyHash SHA-256 (hex) of a presented key
 */
public record FindApiKeyByHashQuery(String keyHash) {}
