package com.reten.commandside.claim;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The claim table's semantics in memory, for aggregate fixtures that run without a database. The
 * JDBC implementation is exercised by the gateway's integration tests.
 */
public class InMemoryUniqueClaims implements UniqueClaims {

  private final Map<String, UUID> claims = new ConcurrentHashMap<>();

  @Override
  public boolean claim(ClaimScope scope, String value, UUID owner) {
    return claims.putIfAbsent(key(scope, value), owner) == null;
  }

  @Override
  public Optional<UUID> owner(ClaimScope scope, String value) {
    return Optional.ofNullable(claims.get(key(scope, value)));
  }

  @Override
  public void release(ClaimScope scope, String value, UUID owner) {
    claims.remove(key(scope, value), owner);
  }

  @Override
  public boolean anyIn(ClaimScope scope) {
    return claims.keySet().stream().anyMatch(key -> key.startsWith(scope.name() + ":"));
  }

  private static String key(ClaimScope scope, String value) {
    return scope.name() + ":" + value;
  }
}
