package com.reten.commandside.claim;

import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  @Override
  public Map<String, UUID> owners(ClaimScope scope, Collection<String> values) {
    Map<String, UUID> owners = new HashMap<>();
    if (values.isEmpty()) {
      return owners;
    }
    jdbc.query(
        connection -> {
          var statement =
              connection.prepareStatement(
                  "SELECT claim_value, owner_id FROM unique_claim"
                      + " WHERE scope = ? AND claim_value = ANY (?)");
          statement.setString(1, scope.name());
          statement.setArray(2, connection.createArrayOf("text", values.toArray()));
          return statement;
        },
        row -> {
          owners.put(row.getString(1), row.getObject(2, UUID.class));
        });
    return owners;
  }

  @Override
  public Set<String> claimAll(ClaimScope scope, Map<String, UUID> owners) {
    Set<String> taken = new HashSet<>(owners.keySet());
    if (owners.isEmpty()) {
      return taken;
    }
    List<String> values = List.copyOf(owners.keySet());
    List<String> claimed =
        jdbc.query(
            connection -> {
              var statement =
                  connection.prepareStatement(
                      "INSERT INTO unique_claim (scope, claim_value, owner_id)"
                          + " SELECT ?, claim.value, claim.owner"
                          + " FROM unnest(?::text[], ?::uuid[]) AS claim (value, owner)"
                          + " ON CONFLICT DO NOTHING RETURNING claim_value");
              statement.setString(1, scope.name());
              Array valueArray = connection.createArrayOf("text", values.toArray());
              Array ownerArray =
                  connection.createArrayOf("uuid", values.stream().map(owners::get).toArray());
              statement.setArray(2, valueArray);
              statement.setArray(3, ownerArray);
              return statement;
            },
            (row, index) -> row.getString(1));
    claimed.forEach(taken::remove);
    return taken;
  }
}
