package dev.leadspec.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AnalysisArchitectureTest {

  @Test
  void the_analysis_reads_only_the_model_the_evaluator_and_the_jdk() {
    // given
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.leadspec.analysis");

    // then
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.leadspec.analysis", "dev.leadspec.model", "dev.leadspec.eval", "dev.leadspec.internal", "java..", "org.immutables..", "org.jspecify..")
        .check(classes);
  }
}
