package dev.leadspec.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * lead-spec-json stands on core and Jackson's streaming core alone: no databind, no annotations,
 * nothing of Jackson 2, no canonicalizer (the fingerprint is core's); the layers run model ← eval ←
 * analysis ← dispute ← json, with text beside json.
 */
class JsonArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.leadspec");

  @Test
  void json_uses_jacksons_streaming_core_only() {
    classes().that().resideInAPackage("dev.leadspec.json..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.leadspec..", "java..", "org.jspecify..", "org.immutables..", "tools.jackson.core..")
        .check(CLASSES);
  }

  @Test
  void nothing_of_lead_spec_uses_jackson_databind_jackson_2_or_the_reference_canonicalizer() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("tools.jackson.databind..", "com.fasterxml.jackson..", "org.erdtman..")
        .check(CLASSES);
  }

  @Test
  void packages_depend_only_downwards_model_eval_analysis_dispute_json() {
    layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
        .layer("model").definedBy("dev.leadspec.model..")
        .layer("eval").definedBy("dev.leadspec.eval..")
        .layer("analysis").definedBy("dev.leadspec.analysis..")
        .layer("dispute").definedBy("dev.leadspec.dispute..")
        .layer("json").definedBy("dev.leadspec.json..")
        .layer("text").definedBy("dev.leadspec.text..")
        .whereLayer("json").mayNotBeAccessedByAnyLayer()
        .whereLayer("text").mayNotBeAccessedByAnyLayer()
        .whereLayer("dispute").mayOnlyBeAccessedByLayers("json", "text")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("dispute", "json", "text")
        .whereLayer("eval").mayOnlyBeAccessedByLayers("analysis", "dispute", "json", "text")
        .check(CLASSES);
  }
}
