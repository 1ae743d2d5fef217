package com.reten.gateway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module edges of STYLE.md: shared-api ← command-side, query-side ← gateway, and the gateway
 * reaches the other two only through Axon's buses. Rules fail on an empty selection, and the
 * packages they target are asserted to exist, so a rename cannot silently empty a rule.
 */
class ModuleBoundariesTest {

  private static final String API = "com.reten.api..";
  private static final String COMMAND_SIDE = "com.reten.commandside..";
  private static final String QUERY_SIDE = "com.reten.queryside..";
  private static final String GATEWAY = "com.reten.gateway..";

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("com.reten");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "com.reten.api",
        "com.reten.commandside",
        "com.reten.queryside",
        "com.reten.gateway"
      })
  void everyTargetedModuleHasClasses(String modulePackage) {
    assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(modulePackage)))
        .isNotEmpty();
  }

  @Test
  void sharedApiIsPlainRecordsWithoutSpringJpaOrWeb() {
    check(
        classes()
            .that()
            .resideInAPackage(API)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                API,
                "java..",
                "org.axonframework.modelling.command..",
                "org.axonframework.serialization..",
                "jakarta.validation..",
                "com.fasterxml.jackson.annotation.."));
  }

  @Test
  void everyEventIsARecordWithARevision() {
    check(
        classes()
            .that()
            .resideInAPackage(API)
            .and()
            .haveSimpleNameEndingWith("Event")
            .should()
            .beRecords()
            .andShould()
            .beAnnotatedWith(Revision.class));
  }

  @Test
  void commandSideNeverReadsTheQuerySideOrTheGateway() {
    check(
        noClasses()
            .that()
            .resideInAPackage(COMMAND_SIDE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(QUERY_SIDE, GATEWAY));
  }

  @Test
  void querySideNeverImportsAggregatesOrTheGateway() {
    check(
        noClasses()
            .that()
            .resideInAPackage(QUERY_SIDE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND_SIDE, GATEWAY));
  }

  @Test
  void gatewayTalksToTheOtherSidesOnlyThroughAxonBuses() {
    check(
        noClasses()
            .that()
            .resideInAPackage(GATEWAY)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE));
  }

  @Test
  void noModuleHasTopLevelLayerPackages() {
    check(
        noClasses()
            .should()
            .resideInAnyPackage("..controllers..", "..services..", "..repositories.."));
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }
}
