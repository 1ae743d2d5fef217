package com.reten.commandside.claim;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link UniqueClaims} on the {@code unique_claim} table. {@code ON CONFLICT DO NOTHING} keeps a
 * lost race from aborting the surrounding transaction: the loser sees zero rows and refuses.
 */
@Component
class JdbcUniqueClaims implements UniqueClaims {

  private final JdbcTemplate jdbc;

  JdbcUniqueClaims(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean claim(ClaimScope scope, String value, UUID owner) {
    int inserted =
        jdbc.update(
            "INSERT INTO unique_claim (scope, claim_value, owner_id) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING",
            scope.name(),
            value,
            owner);
    return inserted == 1;
  }

  @Override
  public Optional<UUID> owner(ClaimScope scope, String value) {
    return jdbc
        .queryForList(
            "SELECT owner_id FROM unique_claim WHERE scope = ? AND claim_value = ?",
            UUID.class,
            scope.name(),
            value)
        .stream()
        .findFirst();
  }

  @Override
  public void release(ClaimScope scope, String value, UUID owner) {
    jdbc.update(
        "DELETE FROM unique_claim WHERE scope = ? AND claim_value = ? AND owner_id = ?",
        scope.name(),
        value,
        owner);
  }

  @Override
  public boolean anyIn(ClaimScope scope) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM unique_claim WHERE scope = ?)",
            Boolean.class,
            scope.name()));
  }
}
