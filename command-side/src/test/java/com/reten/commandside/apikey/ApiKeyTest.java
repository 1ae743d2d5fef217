package com.reten.commandside.apikey;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.apikey.ApiKeyCreatedEvent;
import com.reten.api.apikey.ApiKeyRevokedEvent;
import com.reten.api.apikey.ApiKeyUsedEvent;
import com.reten.api.apikey.CreateApiKeyCommand;
import com.reten.api.apikey.RecordApiKeyUseCommand;
import com.reten.api.apikey.RevokeApiKeyCommand;
import com.reten.api.error.ErrorCode;
import com.reten.api.security.Permission;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  private static final UUID KEY = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
  private static final UUID CREATOR = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  private static final UUID SOMEONE_ELSE = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final String HASH = "a".repeat(64);
  private static final Set<Permission> TWO =
      Set.of(Permission.VIEW_ACTIVITIES, Permission.SUBMIT_ACTIVITY_RESULT);
  private static final Set<Permission> ADMIN_HOLDS =
      Set.of(
          Permission.VIEW_ACTIVITIES,
          Permission.SUBMIT_ACTIVITY_RESULT,
          Permission.MANAGE_API_KEYS);

  private AggregateTestFixture<ApiKey> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(ApiKey.class);
  }

  @Test
  void aKeyWithPermissionsItsCreatorHoldsIsIssued() {
    fixture
        .givenNoPriorActivity()
        .when(create(TWO, ADMIN_HOLDS, T0.plusSeconds(3600)))
        .expectEvents(created(T0.plusSeconds(3600)));
  }

  @Test
  void aPermissionTheCreatorLacksIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(create(Set.of(Permission.DELETE_USER), ADMIN_HOLDS, null))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("permissions must be held by the key's creator");
  }

  @Test
  void aKeyWithoutPermissionsIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(create(Set.of(), ADMIN_HOLDS, null))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void anExpiryInThePastIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(create(TWO, ADMIN_HOLDS, T0.minusSeconds(1)))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("expiresAt must be in the future");
  }

  @Test
  void theCreatorRevokes() {
    fixture
        .given(created(null))
        .when(new RevokeApiKeyCommand(TENANT, KEY, CREATOR, T0.plusSeconds(5)))
        .expectEvents(new ApiKeyRevokedEvent(TENANT, KEY, CREATOR, T0.plusSeconds(5)));
  }

  @Test
  void onlyTheCreatorRevokes() {
    fixture
        .given(created(null))
        .when(new RevokeApiKeyCommand(TENANT, KEY, SOMEONE_ELSE, T0))
        .expectException(hasCode(ErrorCode.PERMISSION_DENIED));
  }

  @Test
  void revokingTwiceIsABadRequest() {
    fixture
        .given(created(null), new ApiKeyRevokedEvent(TENANT, KEY, CREATOR, T0))
        .when(new RevokeApiKeyCommand(TENANT, KEY, CREATOR, T0.plusSeconds(1)))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage("API key is already revoked");
  }

  @Test
  void anotherTenantsKeyIsNotFound() {
    fixture
        .given(created(null))
        .when(new RevokeApiKeyCommand(OTHER_TENANT, KEY, CREATOR, T0))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  @Test
  void useIsRecordedAtMostOnceAMinute() {
    fixture
        .given(created(null))
        .when(new RecordApiKeyUseCommand(TENANT, KEY, T0))
        .expectEvents(new ApiKeyUsedEvent(TENANT, KEY, T0));
    fixture
        .given(created(null), new ApiKeyUsedEvent(TENANT, KEY, T0))
        .when(new RecordApiKeyUseCommand(TENANT, KEY, T0.plusSeconds(59)))
        .expectNoEvents();
    fixture
        .given(created(null), new ApiKeyUsedEvent(TENANT, KEY, T0))
        .when(new RecordApiKeyUseCommand(TENANT, KEY, T0.plusSeconds(60)))
        .expectEvents(new ApiKeyUsedEvent(TENANT, KEY, T0.plusSeconds(60)));
  }

  @Test
  void aRevokedKeysUseIsNotRecorded() {
    fixture
        .given(created(null), new ApiKeyRevokedEvent(TENANT, KEY, CREATOR, T0))
        .when(new RecordApiKeyUseCommand(TENANT, KEY, T0.plusSeconds(120)))
        .expectNoEvents();
  }

  private static CreateApiKeyCommand create(
      Set<Permission> permissions, Set<Permission> held, Instant expiresAt) {
    return new CreateApiKeyCommand(
        TENANT,
        KEY,
        CREATOR,
        "ERP sync",
        "rtn_sk_abcdef12",
        HASH,
        permissions,
        held,
        expiresAt,
        T0);
  }

  private static ApiKeyCreatedEvent created(Instant expiresAt) {
    return new ApiKeyCreatedEvent(
        TENANT, KEY, CREATOR, "ERP sync", "rtn_sk_abcdef12", HASH, TWO, expiresAt, T0);
  }
}
