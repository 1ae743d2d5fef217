package com.reten.commandside.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClaimBatchTest {

  private static final ClaimScope SCOPE = ClaimScope.COMMERCE_EXTERNAL_ID;

  private final InMemoryUniqueClaims store = new InMemoryUniqueClaims();
  private final UUID holder = UUID.randomUUID();
  private final UUID owner = UUID.randomUUID();

  @Test
  void preloadedValuesAreDecidedInMemoryAndWrittenOnFlush() {
    store.claim(SCOPE, "taken", holder);
    ClaimBatch batch = new ClaimBatch(store);
    batch.preload(SCOPE, List.of("taken", "free"));

    assertThat(batch.claim(SCOPE, "taken", owner)).isFalse();
    assertThat(batch.claim(SCOPE, "free", owner)).isTrue();
    assertThat(batch.claim(SCOPE, "free", UUID.randomUUID())).isFalse();
    assertThat(batch.owner(SCOPE, "free")).contains(owner);
    assertThat(store.owner(SCOPE, "free")).as("not written yet").isEmpty();

    assertThat(batch.flush()).isEmpty();
    assertThat(store.owner(SCOPE, "free")).contains(owner);
  }

  @Test
  void aValueTakenAfterThePreloadIsReportedByFlush() {
    ClaimBatch batch = new ClaimBatch(store);
    batch.preload(SCOPE, List.of("raced"));
    assertThat(batch.claim(SCOPE, "raced", owner)).isTrue();

    store.claim(SCOPE, "raced", holder);

    assertThat(batch.flush()).isEqualTo(Map.of(SCOPE, Set.of("raced")));
    assertThat(store.owner(SCOPE, "raced")).contains(holder);
  }

  @Test
  void aReleasedValueIsFreeForTheNextClaimOfTheBatch() {
    store.claim(SCOPE, "moving", holder);
    ClaimBatch batch = new ClaimBatch(store);
    batch.preload(SCOPE, List.of("moving"));

    batch.release(SCOPE, "moving", holder);

    assertThat(store.owner(SCOPE, "moving")).isEmpty();
    assertThat(batch.claim(SCOPE, "moving", owner)).isTrue();
    batch.flush();
    assertThat(store.owner(SCOPE, "moving")).contains(owner);
  }

  @Test
  void valuesNotPreloadedGoStraightToTheStore() {
    ClaimBatch batch = new ClaimBatch(store);

    assertThat(batch.claim(SCOPE, "direct", owner)).isTrue();

    assertThat(store.owner(SCOPE, "direct")).contains(owner);
    assertThat(batch.claim(SCOPE, "direct", holder)).isFalse();
  }
}
