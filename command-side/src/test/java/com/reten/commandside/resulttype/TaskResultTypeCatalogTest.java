package com.reten.commandside.resulttype;

import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.error.ErrorCode;
import com.reten.api.resulttype.ChangeTaskResultTypeCommand;
import com.reten.api.resulttype.DefineTaskResultTypeCommand;
import com.reten.api.resulttype.SeedTaskResultTypesCommand;
import com.reten.api.resulttype.TaskResultTypeChangedEvent;
import com.reten.api.resulttype.TaskResultTypeDefinedEvent;
import com.reten.api.resulttype.TaskResultTypeDefinition;
import com.reten.api.resulttype.TaskResultTypes;
import com.reten.api.resulttype.TaskResultTypesSeededEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A tenant's result-type codes: seeding, uniqueness, validation and changes. */
class TaskResultTypeCatalogTest {

  static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID CATALOG = TaskResultTypes.catalogId(TENANT);
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);
  static final TaskResultTypeDefinition CALL_BACK =
      new TaskResultTypeDefinition("CALL_BACK", "Call back", true);

  private AggregateTestFixture<TaskResultTypeCatalog> fixture;
  private InMemoryTaskResultTypeLookup lookup;

  @BeforeEach
  void setUp() {
    lookup = new InMemoryTaskResultTypeLookup();
    fixture = new AggregateTestFixture<>(TaskResultTypeCatalog.class);
    fixture.registerAnnotatedCommandHandler(
        new TaskResultTypeCatalogs(fixture.getRepository(), lookup));
  }

  @Test
  void aTenantIsSeededWithTheFourDefaultCodesOnce() {
    fixture
        .givenNoPriorActivity()
        .when(new SeedTaskResultTypesCommand(TENANT, T0))
        .expectEvents(seeded());
    assertThat(lookup.find(TENANT, "RESCHEDULE"))
        .contains(
            new TaskResultTypeEntry(
                new TaskResultTypeDefinition("RESCHEDULE", "Reschedule", true), true));
    assertThat(TaskResultTypes.DEFAULTS)
        .extracting(TaskResultTypeDefinition::code)
        .containsExactly("SALE_COMPLETED", "NOT_INTERESTED", "RESCHEDULE", "NO_CONTACT");
    assertThat(TaskResultTypes.DEFAULTS)
        .filteredOn(TaskResultTypeDefinition::requiresFutureScheduledAt)
        .extracting(TaskResultTypeDefinition::code)
        .containsExactly("RESCHEDULE");

    fixture.given(seeded()).when(new SeedTaskResultTypesCommand(TENANT, T1)).expectNoEvents();
  }

  @Test
  void aNewCodeIsDefinedActive() {
    fixture
        .given(seeded())
        .when(new DefineTaskResultTypeCommand(TENANT, CALL_BACK, T1))
        .expectEvents(new TaskResultTypeDefinedEvent(TENANT, CATALOG, CALL_BACK, T1));
    assertThat(lookup.find(TENANT, "CALL_BACK")).contains(new TaskResultTypeEntry(CALL_BACK, true));
  }

  @Test
  void aTenantWithoutACatalogIsSeededBeforeItsFirstCode() {
    fixture
        .givenNoPriorActivity()
        .when(new DefineTaskResultTypeCommand(TENANT, CALL_BACK, T1))
        .expectEvents(
            new TaskResultTypesSeededEvent(TENANT, CATALOG, TaskResultTypes.DEFAULTS, T1),
            new TaskResultTypeDefinedEvent(TENANT, CATALOG, CALL_BACK, T1));
  }

  @Test
  void aCodeIsUniqueInTheTenantAndComparedExactly() {
    var again = new TaskResultTypeDefinition("RESCHEDULE", "Again", false);
    fixture
        .given(seeded())
        .when(new DefineTaskResultTypeCommand(TENANT, again, T1))
        .expectException(hasCode(ErrorCode.TASK_RESULT_TYPE_TAKEN))
        .expectExceptionMessage("Task result type 'RESCHEDULE' already exists in this tenant")
        .expectNoEvents();

    var lower = new TaskResultTypeDefinition("reschedule", "Lower case", false);
    fixture
        .given(seeded())
        .when(new DefineTaskResultTypeCommand(TENANT, lower, T1))
        .expectEvents(new TaskResultTypeDefinedEvent(TENANT, CATALOG, lower, T1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "has space",
        "dash-ed",
        "ñandú",
        "x12345678901234567890123456789012345678901234567890123456789012345"
      })
  void aCodeIsUpTo64LettersDigitsOrUnderscores(String code) {
    fixture
        .given(seeded())
        .when(
            new DefineTaskResultTypeCommand(
                TENANT, new TaskResultTypeDefinition(code, "Label", false), T1))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectNoEvents();
  }

  @Test
  void aCodeNeedsALabel() {
    fixture
        .given(seeded())
        .when(
            new DefineTaskResultTypeCommand(
                TENANT, new TaskResultTypeDefinition("OK_CODE", " ", false), T1))
        .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
        .expectExceptionMessage("label: must be between 1 and 255 characters");
  }

  @Test
  void aCodeIsDeactivatedAndRelabeled() {
    var relabeled = new TaskResultTypeDefinition("NO_CONTACT", "Nobody answered", false);
    fixture
        .given(seeded())
        .when(
            new ChangeTaskResultTypeCommand(
                TENANT, "NO_CONTACT", "Nobody answered", null, false, T1))
        .expectEvents(new TaskResultTypeChangedEvent(TENANT, CATALOG, relabeled, false, T1));
    assertThat(lookup.find(TENANT, "NO_CONTACT"))
        .contains(new TaskResultTypeEntry(relabeled, false));
  }

  @Test
  void aChangeThatChangesNothingRecordsNothing() {
    fixture
        .given(seeded())
        .when(new ChangeTaskResultTypeCommand(TENANT, "RESCHEDULE", "Reschedule", true, true, T1))
        .expectNoEvents();
  }

  @Test
  void anUnknownCodeIsNotFound() {
    fixture
        .given(seeded())
        .when(new ChangeTaskResultTypeCommand(TENANT, "NOPE", null, null, false, T1))
        .expectException(hasCode(ErrorCode.NOT_FOUND))
        .expectExceptionMessage("Task result type not found");
  }

  private static TaskResultTypesSeededEvent seeded() {
    return new TaskResultTypesSeededEvent(TENANT, CATALOG, TaskResultTypes.DEFAULTS, T0);
  }
}
