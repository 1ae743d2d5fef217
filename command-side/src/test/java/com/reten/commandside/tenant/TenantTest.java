package com.reten.commandside.tenant;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.error.ErrorCode;
import com.reten.api.tenant.RenameTenantCommand;
import com.reten.api.tenant.TenantCreatedEvent;
import com.reten.api.tenant.TenantRenamedEvent;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantTest {

  private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);

  private final InMemoryUniqueClaims claims = new InMemoryUniqueClaims();
  private AggregateTestFixture<Tenant> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Tenant.class);
  }

  @Test
  void creationClaimsTheSlug() {
    fixture
        .givenNoPriorActivity()
        .whenConstructing(() -> new Tenant(TENANT, "Acme", "acme", T0, claims))
        .expectEvents(new TenantCreatedEvent(TENANT, "Acme", "acme", T0));
    assertThat(claims.owner(ClaimScope.TENANT_SLUG, "acme")).contains(TENANT);
  }

  @Test
  void aTakenSlugIsAConflict() {
    claims.claim(ClaimScope.TENANT_SLUG, "acme", UUID.randomUUID());

    fixture
        .givenNoPriorActivity()
        .whenConstructing(() -> new Tenant(TENANT, "Acme", "acme", T0, claims))
        .expectException(hasCode(ErrorCode.SLUG_TAKEN))
        .expectExceptionMessage("Slug 'acme' is already taken");
  }

  @Test
  void aSlugOutsideThePatternIsRefusedBeforeItIsClaimed() {
    fixture
        .givenNoPriorActivity()
        .whenConstructing(() -> new Tenant(TENANT, "Acme", "Acme Corp", T0, claims))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
    assertThat(claims.anyIn(ClaimScope.TENANT_SLUG)).isFalse();
  }

  @Test
  void renameRecordsTheNewName() {
    fixture
        .given(new TenantCreatedEvent(TENANT, "Acme", "acme", T0))
        .when(new RenameTenantCommand(TENANT, "Acme Chile", null, T1))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new TenantRenamedEvent(TENANT, "Acme Chile", T1));
  }

  @Test
  void renameToTheCurrentNameChangesNothing() {
    fixture
        .given(
            new TenantCreatedEvent(TENANT, "Acme", "acme", T0),
            new TenantRenamedEvent(TENANT, "Acme Chile", T1))
        .when(new RenameTenantCommand(TENANT, "Acme Chile", null, T1.plusSeconds(1)))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void renamingAnUnknownTenantFails() {
    fixture
        .givenNoPriorActivity()
        .when(new RenameTenantCommand(TENANT, "Ghost", null, T1))
        .expectException(AggregateNotFoundException.class);
  }
}
