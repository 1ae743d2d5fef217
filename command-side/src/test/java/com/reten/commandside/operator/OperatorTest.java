package com.reten.commandside.operator;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.error.ErrorCode;
import com.reten.api.operator.CreateOperatorCommand;
import com.reten.api.operator.DeactivateOperatorCommand;
import com.reten.api.operator.OperatorCreatedEvent;
import com.reten.api.operator.OperatorDeactivatedEvent;
import com.reten.api.operator.OperatorReactivatedEvent;
import com.reten.api.operator.OperatorType;
import com.reten.api.operator.OperatorUpdatedEvent;
import com.reten.api.operator.UpdateOperatorCommand;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
  static final UUID OPERATOR = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  static final UUID SOMEONE = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);

  private AggregateTestFixture<Operator> fixture;
  private InMemoryUniqueClaims claims;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Operator.class);
    claims = new InMemoryUniqueClaims();
    fixture.registerInjectableResource(claims);
  }

  @Test
  void creationNormalisesTheEmailAndClaimsItAndTheTypedExternalId() {
    fixture
        .givenNoPriorActivity()
        .when(create(" Ana@Acme.TEST ", "E-1"))
        .expectEvents(created("ana@acme.test", "E-1"));
    assertThat(claims.owner(ClaimScope.OPERATOR_EMAIL, TENANT + ":ana@acme.test"))
        .contains(OPERATOR);
    assertThat(claims.owner(ClaimScope.OPERATOR_EXTERNAL_ID, TENANT + ":SALESMAN:E-1"))
        .contains(OPERATOR);
  }

  @Test
  void anEmailHeldByAnotherOperatorOfTheTenantIsAConflictInAnyCase() {
    claims.claim(ClaimScope.OPERATOR_EMAIL, TENANT + ":ana@acme.test", SOMEONE);

    fixture
        .givenNoPriorActivity()
        .when(create("ANA@acme.test", null))
        .expectException(hasCode(ErrorCode.EMAIL_TAKEN))
        .expectExceptionMessage("An operator with email 'ana@acme.test' already exists");
  }

  @Test
  void anExternalIdHeldByAnotherOperatorOfTheSameTypeIsAConflict() {
    claims.claim(ClaimScope.OPERATOR_EXTERNAL_ID, TENANT + ":SALESMAN:E-1", SOMEONE);

    fixture
        .givenNoPriorActivity()
        .when(create(null, "E-1"))
        .expectException(hasCode(ErrorCode.EXTERNAL_ID_TAKEN))
        .expectExceptionMessage(
            "An operator of type SALESMAN with external id 'E-1' already exists");
  }

  @Test
  void theSameValuesInAnotherTenantOrUnderAnotherTypeAreFree() {
    claims.claim(ClaimScope.OPERATOR_EMAIL, OTHER_TENANT + ":ana@acme.test", SOMEONE);
    claims.claim(ClaimScope.OPERATOR_EXTERNAL_ID, TENANT + ":ACTIVATOR:E-1", SOMEONE);

    fixture
        .givenNoPriorActivity()
        .when(create("ana@acme.test", "E-1"))
        .expectEvents(created("ana@acme.test", "E-1"));
  }

  @Test
  void anInvalidFieldIsRefusedBeforeAnythingIsClaimed() {
    fixture
        .givenNoPriorActivity()
        .when(
            new CreateOperatorCommand(
                TENANT,
                OPERATOR,
                OperatorType.SALESMAN,
                "Ana",
                "ana@acme.test",
                "5691234",
                null,
                false,
                Map.of(),
                T0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("phone: must be an E.164 number such as +56912345678");
    assertThat(claims.anyIn(ClaimScope.OPERATOR_EMAIL)).isFalse();
  }

  @Test
  void changingTheEmailMovesItsClaim() {
    claims.claim(ClaimScope.OPERATOR_EMAIL, TENANT + ":ana@acme.test", OPERATOR);

    fixture
        .given(created("ana@acme.test", null))
        .when(update("NEW@acme.test", null, Map.of()))
        .expectEvents(
            new OperatorUpdatedEvent(
                TENANT,
                OPERATOR,
                "Ana Maria Diaz",
                "new@acme.test",
                "+56912345678",
                Map.of("zone", "n"),
                T1));
    assertThat(claims.owner(ClaimScope.OPERATOR_EMAIL, TENANT + ":new@acme.test"))
        .contains(OPERATOR);
    assertThat(claims.owner(ClaimScope.OPERATOR_EMAIL, TENANT + ":ana@acme.test")).isEmpty();
  }

  @Test
  void changingToAnEmailHeldByAnotherOperatorIsAConflictAndKeepsTheOldOne() {
    claims.claim(ClaimScope.OPERATOR_EMAIL, TENANT + ":ana@acme.test", OPERATOR);
    claims.claim(ClaimScope.OPERATOR_EMAIL, TENANT + ":bob@acme.test", SOMEONE);

    fixture
        .given(created("ana@acme.test", null))
        .when(update("bob@acme.test", null, Map.of()))
        .expectException(hasCode(ErrorCode.EMAIL_TAKEN));
    assertThat(claims.owner(ClaimScope.OPERATOR_EMAIL, TENANT + ":ana@acme.test"))
        .contains(OPERATOR);
  }

  @Test
  void metadataIsMergedKeyByKeyAndNullRemovesAKey() {
    Map<String, Object> changes = new HashMap<>();
    changes.put("zone", null);
    changes.put("tier", "gold");

    fixture
        .given(created(null, null))
        .when(update(null, null, changes))
        .expectEvents(
            new OperatorUpdatedEvent(
                TENANT,
                OPERATOR,
                "Ana Maria Diaz",
                null,
                "+56912345678",
                Map.of("tier", "gold"),
                T1));
  }

  @Test
  void anUpdateThatChangesNothingRecordsNothing() {
    fixture
        .given(created("ana@acme.test", null))
        .when(update("ANA@acme.test", null, Map.of("zone", "n")))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void isActiveDeactivatesAndReactivates() {
    fixture
        .given(created(null, null))
        .when(update(null, false, null))
        .expectEvents(new OperatorDeactivatedEvent(TENANT, OPERATOR, T1));
    fixture
        .given(created(null, null), new OperatorDeactivatedEvent(TENANT, OPERATOR, T0))
        .when(update(null, true, null))
        .expectEvents(new OperatorReactivatedEvent(TENANT, OPERATOR, T1));
  }

  @Test
  void deactivatingTwiceRecordsOnce() {
    fixture
        .given(created(null, null))
        .when(new DeactivateOperatorCommand(TENANT, OPERATOR, null, T1))
        .expectEvents(new OperatorDeactivatedEvent(TENANT, OPERATOR, T1));
    fixture
        .given(created(null, null), new OperatorDeactivatedEvent(TENANT, OPERATOR, T0))
        .when(new DeactivateOperatorCommand(TENANT, OPERATOR, null, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void anotherTenantsOperatorIsNotFound() {
    fixture
        .given(created(null, null))
        .when(new DeactivateOperatorCommand(OTHER_TENANT, OPERATOR, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Operator not found");
    fixture
        .given(created(null, null))
        .when(
            new UpdateOperatorCommand(
                OTHER_TENANT, OPERATOR, "Eve", null, null, null, null, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  @Test
  void onlyAnActiveOperatorOfTheTenantIsLinkable() {
    fixture
        .given(created(null, null))
        .whenInvoking(OPERATOR.toString(), operator -> operator.requireActiveIn(TENANT))
        .expectSuccessfulHandlerExecution();
    fixture
        .given(created(null, null), new OperatorDeactivatedEvent(TENANT, OPERATOR, T0))
        .whenInvoking(OPERATOR.toString(), operator -> operator.requireActiveIn(TENANT))
        .expectException(hasCode(ErrorCode.INVALID_STATE_TRANSITION))
        .expectExceptionMessage("Operator is not active");
    fixture
        .given(created(null, null))
        .whenInvoking(OPERATOR.toString(), operator -> operator.requireActiveIn(OTHER_TENANT))
        .expectException(hasCode(ErrorCode.NOT_FOUND));
  }

  private static CreateOperatorCommand create(String email, String externalId) {
    return new CreateOperatorCommand(
        TENANT,
        OPERATOR,
        OperatorType.SALESMAN,
        " Ana Maria Diaz ",
        email,
        "+56912345678",
        externalId,
        false,
        Map.of("zone", "n"),
        T0);
  }

  static OperatorCreatedEvent created(String email, String externalId) {
    return new OperatorCreatedEvent(
        TENANT,
        OPERATOR,
        OperatorType.SALESMAN,
        "Ana Maria Diaz",
        email,
        "+56912345678",
        externalId,
        false,
        Map.of("zone", "n"),
        T0);
  }

  private static UpdateOperatorCommand update(
      String email, Boolean active, Map<String, Object> metadata) {
    return new UpdateOperatorCommand(
        TENANT, OPERATOR, null, email, null, active, metadata, null, T1);
  }
}
