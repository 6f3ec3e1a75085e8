package dev.leadspec.test.scenario;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line runs this package without JUnit or AssertJ on its class path. */
class ScenarioPackageTest {

  @Test
  void the_scenario_package_needs_neither_junit_nor_assertj_even_through_what_it_calls() {
    // given
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.leadspec");

    // when / then
    noClasses().that().resideInAPackage("dev.leadspec.test.scenario..")
        .should().transitivelyDependOnClassesThat().resideInAnyPackage("org.junit..", "org.assertj..", "org.opentest4j..")
        .check(classes);
  }
}
