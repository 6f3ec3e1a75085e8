package dev.leadspec.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The canonicalizer stays in the canonical writer; the layers run model ← json.internal ← eval ←
 * analysis ← dispute ← json (Jackson's confinement and the absence of cycles are checked by
 * {@code dev.leadspec.ArchitectureTest}).
 */
class JsonArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.leadspec");

  @Test
  void the_rfc_8785_canonicalizer_is_used_only_by_the_canonical_writer() {
    noClasses().that().resideOutsideOfPackage("dev.leadspec.json.internal")
        .should().dependOnClassesThat().resideInAPackage("org.erdtman..")
        .check(CLASSES);
  }

  @Test
  void packages_depend_only_downwards_model_json_internal_eval_analysis_dispute_json() {
    layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
        .layer("model").definedBy("dev.leadspec.model..")
        .layer("json.internal").definedBy("dev.leadspec.json.internal..")
        .layer("eval").definedBy("dev.leadspec.eval..")
        .layer("analysis").definedBy("dev.leadspec.analysis..")
        .layer("dispute").definedBy("dev.leadspec.dispute..")
        .layer("json").definedBy("dev.leadspec.json")
        .layer("text").definedBy("dev.leadspec.text..")
        .whereLayer("json").mayNotBeAccessedByAnyLayer()
        .whereLayer("text").mayNotBeAccessedByAnyLayer()
        .whereLayer("dispute").mayOnlyBeAccessedByLayers("json", "text")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("dispute", "json", "text")
        .whereLayer("eval").mayOnlyBeAccessedByLayers("analysis", "dispute", "json", "text")
        .whereLayer("json.internal").mayOnlyBeAccessedByLayers("eval", "analysis", "dispute", "json", "text")
        .check(CLASSES);
  }

  @Test
  void evaluation_reaches_the_canonical_writer_only_to_fingerprint_a_contract() {
    ArchCondition<JavaCodeUnit> stayOutOfJson = new ArchCondition<>("not access dev.leadspec.json.internal") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
          if (access.getTargetOwner().getPackageName().startsWith("dev.leadspec.json")) {
            events.add(SimpleConditionEvent.violated(unit, access.getDescription()));
          }
        }
      }
    };
    codeUnits().that().areDeclaredInClassesThat().resideInAPackage("dev.leadspec.eval")
        .and().doNotHaveName("fingerprint")
        .should(stayOutOfJson)
        .check(CLASSES);
  }
}
