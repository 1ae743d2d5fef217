package com.reten.commandside.commerce;

import com.reten.api.commerce.CommerceRole;
import java.util.Set;
import java.util.UUID;

/**
 * A person of a commerce as other aggregates' handlers may read it (activity target resolution).
 *
 * @param userId the commerce user
 * @param name their name, or {@code null}
 * @param active whether they are active
 * @param roles their roles at the commerce
 */
public record CommerceUserSnapshot(
    UUID userId, String name, boolean active, Set<CommerceRole> roles) {

  public CommerceUserSnapshot {
    roles = Set.copyOf(roles);
  }
}
