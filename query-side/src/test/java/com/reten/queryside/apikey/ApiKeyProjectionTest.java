package com.reten.queryside.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.apikey.ApiKeyCreatedEvent;
import com.reten.api.apikey.ApiKeyRevokedEvent;
import com.reten.api.apikey.ApiKeyUsedEvent;
import com.reten.api.apikey.ApiKeyView;
import com.reten.api.apikey.FindApiKeyByHashQuery;
import com.reten.api.apikey.FindApiKeyQuery;
import com.reten.api.apikey.ListApiKeysQuery;
import com.reten.api.security.Permission;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(ApiKeyProjection.class)
class ApiKeyProjectionTest extends ReadModelTest {

  @Autowired ApiKeyProjection projection;

  private final UUID tenant = UUID.randomUUID();
  private final UUID user = UUID.randomUUID();

  @Test
  void aCreatedKeyIsFoundByHashAndIdInItsTenantOnly() {
    UUID key = create("1", 0);

    ApiKeyView byHash = projection.handle(new FindApiKeyByHashQuery(hash("1"))).orElseThrow();
    assertThat(byHash.id()).isEqualTo(key);
    assertThat(byHash.permissions()).containsExactly(Permission.VIEW_ACTIVITIES);
    assertThat(byHash.isActiveAt(T0)).isTrue();
    assertThat(projection.handle(new FindApiKeyQuery(tenant, key))).isPresent();
    assertThat(projection.handle(new FindApiKeyQuery(UUID.randomUUID(), key))).isEmpty();
    assertThat(projection.handle(new FindApiKeyByHashQuery(hash("2")))).isEmpty();
  }

  @Test
  void revocationAndUseShowInTheView() {
    UUID key = create("3", 0);
    projection.on(new ApiKeyUsedEvent(tenant, key, T0.plusSeconds(30)));
    projection.on(new ApiKeyRevokedEvent(tenant, key, user, T0.plusSeconds(60)));

    ApiKeyView view = projection.handle(new FindApiKeyQuery(tenant, key)).orElseThrow();
    assertThat(view.lastUsedAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(view.revokedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(view.isActiveAt(T0.plusSeconds(61))).isFalse();
  }

  @Test
  void theListHoldsTheUsersKeysInTheTenantNewestFirst() {
    UUID older = create("4", 0);
    UUID newer = create("5", 10);
    projection.on(
        new ApiKeyCreatedEvent(
            tenant,
            UUID.randomUUID(),
            UUID.randomUUID(),
            "other user",
            "rtn_sk_x",
            hash("6"),
            Set.of(Permission.VIEW_ACTIVITIES),
            null,
            T0));

    assertThat(projection.handle(new ListApiKeysQuery(tenant, user)))
        .extracting(ApiKeyView::id)
        .containsExactly(newer, older);
  }

  private UUID create(String seed, long secondsLater) {
    UUID key = UUID.randomUUID();
    projection.on(
        new ApiKeyCreatedEvent(
            tenant,
            key,
            user,
            "key " + seed,
            "rtn_sk_" + seed,
            hash(seed),
            Set.of(Permission.VIEW_ACTIVITIES),
            null,
            T0.plusSeconds(secondsLater)));
    return key;
  }

  private static String hash(String seed) {
    return seed.repeat(64).substring(0, 64);
  }
}
