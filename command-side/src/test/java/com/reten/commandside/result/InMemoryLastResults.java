package com.reten.commandside.result;

import com.reten.api.activity.ActivityChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Remembers every recorded result, for fixtures; the JDBC one runs in gateway tests. */
class InMemoryLastResults implements LastResults {

  record Entry(UUID tenantId, UUID commerceId, LastResult result) {}

  final List<Entry> recorded = new ArrayList<>();

  @Override
  public Optional<LastResult> latest(UUID tenantId, UUID commerceId, ActivityChannel channel) {
    return recorded.stream()
        .filter(e -> e.tenantId().equals(tenantId) && e.commerceId().equals(commerceId))
        .map(Entry::result)
        .filter(r -> channel == null || channel == r.channel())
        .max(Comparator.comparing(LastResult::occurredAt));
  }

  @Override
  public void record(UUID tenantId, UUID commerceId, LastResult result) {
    recorded.add(new Entry(tenantId, commerceId, result));
  }
}
