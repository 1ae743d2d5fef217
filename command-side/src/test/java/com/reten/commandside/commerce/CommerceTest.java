package com.reten.commandside.commerce;

import static com.reten.commandside.commerce.CommerceFixtures.COMMERCE;
import static com.reten.commandside.commerce.CommerceFixtures.OTHER_TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.T0;
import static com.reten.commandside.commerce.CommerceFixtures.T1;
import static com.reten.commandside.commerce.CommerceFixtures.TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.registered;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.commerce.CommerceDeactivatedEvent;
import com.reten.api.commerce.CommerceReactivatedEvent;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceUpdatedEvent;
import com.reten.api.commerce.DeactivateCommerceCommand;
import com.reten.api.commerce.RegisterCommerceCommand;
import com.reten.api.commerce.UpdateCommerceCommand;
import com.reten.api.error.ErrorCode;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommerceTest {

  private final InMemoryUniqueClaims claims = new InMemoryUniqueClaims();
  private AggregateTestFixture<Commerce> fixture;

  @BeforeEach
  void setUp() {
    fixture = CommerceFixtures.fixture(claims);
  }

  @Test
  void registrationClaimsTheExternalIdAndTheTaxIdInTheTenant() {
    fixture
        .givenNoPriorActivity()
        .when(register("ext-1", " 76.123.456-7 "))
        .expectEvents(registered());
    assertThat(claims.owner(ClaimScope.COMMERCE_EXTERNAL_ID, TENANT + ":ext-1")).contains(COMMERCE);
    assertThat(claims.owner(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-7"))
        .contains(COMMERCE);
  }

  @Test
  void aTakenExternalIdIsAConflict() {
    claims.claim(ClaimScope.COMMERCE_EXTERNAL_ID, TENANT + ":ext-1", UUID.randomUUID());

    fixture
        .givenNoPriorActivity()
        .when(register("ext-1", null))
        .expectException(hasCode(ErrorCode.COMMERCE_EXTERNAL_ID_TAKEN))
        .expectExceptionMessage("External id 'ext-1' is already used by another commerce");
  }

  @Test
  void aTakenTaxIdIsAConflictWhateverItsCase() {
    claims.claim(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-K", UUID.randomUUID());

    fixture
        .givenNoPriorActivity()
        .when(register("ext-1", "76.123.456-k"))
        .expectException(hasCode(ErrorCode.COMMERCE_TAX_ID_TAKEN));
  }

  @Test
  void theSameValuesInAnotherTenantAreFree() {
    claims.claim(ClaimScope.COMMERCE_EXTERNAL_ID, OTHER_TENANT + ":ext-1", UUID.randomUUID());
    claims.claim(ClaimScope.COMMERCE_TAX_ID, OTHER_TENANT + ":76.123.456-7", UUID.randomUUID());

    fixture
        .givenNoPriorActivity()
        .when(register("ext-1", "76.123.456-7"))
        .expectEvents(registered());
  }

  @Test
  void aBlankNameIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterCommerceCommand(
                TENANT, COMMERCE, " ", "ext-1", null, null, false, null, T0))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void anUpdateRecordsTheNewDetailsAndMovesTheTaxIdClaim() {
    claims.claim(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-7", COMMERCE);
    fixture
        .given(registered())
        .when(update("Rosa Ltda", "99.999.999-9", null, Map.of("tier", "gold")))
        .expectEvents(
            new CommerceUpdatedEvent(
                TENANT, COMMERCE, "Rosa Ltda", "99.999.999-9", null, Map.of("tier", "gold"), T1));
    assertThat(claims.owner(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-7")).isEmpty();
    assertThat(claims.owner(ClaimScope.COMMERCE_TAX_ID, TENANT + ":99.999.999-9"))
        .contains(COMMERCE);
  }

  @Test
  void anEmptyTaxIdRemovesItAndFreesIt() {
    claims.claim(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-7", COMMERCE);
    fixture
        .given(registered())
        .when(update(null, "", null, null))
        .expectEvents(
            new CommerceUpdatedEvent(TENANT, COMMERCE, "Almacén Rosa", null, null, Map.of(), T1));
    assertThat(claims.anyIn(ClaimScope.COMMERCE_TAX_ID)).isFalse();
  }

  @Test
  void changingOnlyTheCaseOfTheTaxIdKeepsItsClaim() {
    claims.claim(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-K", COMMERCE);
    fixture
        .given(
            new CommerceRegisteredEvent(
                TENANT, COMMERCE, "Rosa", "ext-1", null, "76.123.456-K", false, Map.of(), T0))
        .when(update(null, "76.123.456-k", null, null))
        .expectSuccessfulHandlerExecution();
    assertThat(claims.owner(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-K"))
        .contains(COMMERCE);
  }

  @Test
  void aTaxIdOfAnotherCommerceIsAConflict() {
    claims.claim(ClaimScope.COMMERCE_TAX_ID, TENANT + ":11.111.111-1", UUID.randomUUID());
    fixture
        .given(registered())
        .when(update(null, "11.111.111-1", null, null))
        .expectException(hasCode(ErrorCode.COMMERCE_TAX_ID_TAKEN))
        .expectExceptionMessage("Tax id '11.111.111-1' is already used by another commerce");
  }

  @Test
  void metadataIsMergedKeyByKeyAndNullRemovesAKey() {
    Map<String, Object> changes = new HashMap<>();
    changes.put("tier", null);
    changes.put("zone", "north");
    fixture
        .given(
            new CommerceRegisteredEvent(
                TENANT, COMMERCE, "Rosa", "ext-1", null, null, false, Map.of("tier", "gold"), T0))
        .when(update(null, null, "chain-9", changes))
        .expectEvents(
            new CommerceUpdatedEvent(
                TENANT, COMMERCE, "Rosa", null, "chain-9", Map.of("zone", "north"), T1));
  }

  @Test
  void anUpdateThatChangesNothingRecordsNothing() {
    fixture
        .given(registered())
        .when(update("Almacén Rosa", "76.123.456-7", null, Map.of()))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void isActiveFalseDeactivatesAndTrueReactivates() {
    fixture
        .given(registered())
        .when(activation(false))
        .expectEvents(new CommerceDeactivatedEvent(TENANT, COMMERCE, T1));
    fixture
        .given(registered(), new CommerceDeactivatedEvent(TENANT, COMMERCE, T0))
        .when(activation(true))
        .expectEvents(new CommerceReactivatedEvent(TENANT, COMMERCE, T1));
    fixture.given(registered()).when(activation(true)).expectNoEvents();
  }

  @Test
  void deactivatingTwiceRecordsItOnce() {
    fixture
        .given(registered())
        .when(new DeactivateCommerceCommand(TENANT, COMMERCE, null, T1))
        .expectEvents(new CommerceDeactivatedEvent(TENANT, COMMERCE, T1));
    fixture
        .given(registered(), new CommerceDeactivatedEvent(TENANT, COMMERCE, T0))
        .when(new DeactivateCommerceCommand(TENANT, COMMERCE, null, T1))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void anotherTenantsCommerceIsNotFound() {
    fixture
        .given(registered())
        .when(new DeactivateCommerceCommand(OTHER_TENANT, COMMERCE, null, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Commerce not found");
  }

  private static RegisterCommerceCommand register(String externalId, String taxId) {
    return new RegisterCommerceCommand(
        TENANT, COMMERCE, " Almacén Rosa ", externalId, null, taxId, false, null, T0);
  }

  private static UpdateCommerceCommand update(
      String name, String taxId, String globalId, Map<String, Object> metadata) {
    return new UpdateCommerceCommand(
        TENANT, COMMERCE, name, taxId, globalId, null, metadata, null, T1);
  }

  private static UpdateCommerceCommand activation(boolean active) {
    return new UpdateCommerceCommand(TENANT, COMMERCE, null, null, null, active, null, null, T1);
  }
}
