package com.reten.commandside.operator;

import static com.reten.commandside.operator.OperatorTest.OPERATOR;
import static com.reten.commandside.operator.OperatorTest.SOMEONE;
import static com.reten.commandside.operator.OperatorTest.T1;
import static com.reten.commandside.operator.OperatorTest.TENANT;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.error.ErrorCode;
import com.reten.api.operator.OperatorCreatedEvent;
import com.reten.api.operator.OperatorSyncItem;
import com.reten.api.operator.OperatorSyncResult;
import com.reten.api.operator.OperatorType;
import com.reten.api.operator.OperatorUpdatedEvent;
import com.reten.api.operator.SyncOperatorsCommand;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorSyncHandlerTest {

  private static final UUID NEW_ONE = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  private static final UUID NEW_TWO = UUID.fromString("00000000-0000-0000-0000-0000000000f2");

  private AggregateTestFixture<Operator> fixture;
  private InMemoryUniqueClaims claims;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Operator.class);
    claims = new InMemoryUniqueClaims();
    fixture.registerInjectableResource(claims);
    fixture.registerAnnotatedCommandHandler(
        new OperatorSyncHandler(fixture.getRepository(), claims));
  }

  @Test
  void anUnknownKeyCreatesAnOperator() {
    fixture
        .givenNoPriorActivity()
        .when(sync(item(NEW_ONE, "E-9", "Bea Ruiz", "bea@acme.test")))
        .expectResultMessagePayload(new OperatorSyncResult(1, 0, 1))
        .expectEvents(
            new OperatorCreatedEvent(
                TENANT,
                NEW_ONE,
                OperatorType.SALESMAN,
                "Bea Ruiz",
                "bea@acme.test",
                null,
                "E-9",
                false,
                Map.of(),
                T1));
    assertThat(claims.owner(ClaimScope.OPERATOR_EXTERNAL_ID, TENANT + ":SALESMAN:E-9"))
        .contains(NEW_ONE);
  }

  @Test
  void aKnownTypeAndExternalIdUpdatesThatOperator() {
    claims.claim(ClaimScope.OPERATOR_EXTERNAL_ID, TENANT + ":SALESMAN:E-1", OPERATOR);

    fixture
        .given(OperatorTest.created(null, "E-1"))
        .when(sync(item(NEW_ONE, "E-1", "Ana Diaz", null)))
        .expectResultMessagePayload(new OperatorSyncResult(0, 1, 1))
        .expectEvents(
            new OperatorUpdatedEvent(
                TENANT, OPERATOR, "Ana Diaz", null, "+56912345678", Map.of("zone", "n"), T1));
  }

  @Test
  void anInvalidItemAppliesNothingAndNamesItsIndex() {
    fixture
        .givenNoPriorActivity()
        .when(
            sync(
                item(NEW_ONE, "E-1", "Bea", "bea@acme.test"),
                item(NEW_TWO, "E-2", "Cris", "not-an-email")))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("items[1].email: must be a well-formed email address")
        .expectNoEvents();
    assertThat(claims.anyIn(ClaimScope.OPERATOR_EXTERNAL_ID)).isFalse();
    assertThat(claims.anyIn(ClaimScope.OPERATOR_EMAIL)).isFalse();
  }

  @Test
  void aConflictInTheLastItemRollsBackTheItemsAlreadyApplied() {
    claims.claim(ClaimScope.OPERATOR_EMAIL, TENANT + ":taken@acme.test", SOMEONE);

    fixture
        .givenNoPriorActivity()
        .when(
            sync(
                item(NEW_ONE, "E-1", "Bea", "bea@acme.test"),
                item(NEW_TWO, "E-2", "Cris", "taken@acme.test")))
        .expectException(hasCode(ErrorCode.EMAIL_TAKEN))
        .expectExceptionMessage("items[1]: An operator with email 'taken@acme.test' already exists")
        .expectNoEvents();
  }

  @Test
  void aNewOperatorNeedsANameAndTheErrorNamesTheItem() {
    fixture
        .givenNoPriorActivity()
        .when(sync(item(NEW_ONE, "E-1", null, null)))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("items[0].name: must not be blank")
        .expectNoEvents();
  }

  @Test
  void oneKeyTwiceInABatchIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(sync(item(NEW_ONE, "E-1", "Bea", null), item(NEW_TWO, " E-1 ", "Bea", null)))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("items[1].external_id: repeats items[0] (same type)")
        .expectNoEvents();
  }

  @Test
  void anEmptyOrOversizedBatchIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(new SyncOperatorsCommand(TENANT, List.of(), T1))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
    fixture
        .givenNoPriorActivity()
        .when(
            new SyncOperatorsCommand(
                TENANT, Collections.nCopies(1001, item(NEW_ONE, "E-1", "Bea", null)), T1))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("items: must hold 1 to 1000 operators");
  }

  private static SyncOperatorsCommand sync(OperatorSyncItem... items) {
    return new SyncOperatorsCommand(TENANT, List.of(items), T1);
  }

  private static OperatorSyncItem item(UUID id, String externalId, String name, String email) {
    return new OperatorSyncItem(id, externalId, OperatorType.SALESMAN, name, email, null, null);
  }
}
