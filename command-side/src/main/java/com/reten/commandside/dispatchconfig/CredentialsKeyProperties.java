package com.reten.commandside.dispatchconfig;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The AES-256 key that encrypts tenants' provider credentials and signing secrets.
 *
 * @param key base64 of exactly 32 bytes ({@code RETEN_CREDENTIALS_KEY}); required outside the local
 *     profile
 * @param keyFile where the local profile keeps a generated key across restarts
 * @param generateIfMissing whether a key may be generated into {@code keyFile} when none is set
 *     (local profile only)
 */
@ConfigurationProperties("reten.credentials")
record CredentialsKeyProperties(String key, String keyFile, boolean generateIfMissing) {}
