package dev.leadspec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.leadspec");

  private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

  @Test
  void core_never_depends_on_the_dsl_cli_test_or_example_modules() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("dev.leadspec.dsl..", "dev.leadspec.cli..", "dev.leadspec.test..", "dev.leadspec.examples..")
        .check(CORE);
  }

  @Test
  void core_holds_no_json_package_and_depends_on_no_json_library() {
    assertThat(CORE.containPackage("dev.leadspec.json")).as("dev.leadspec.json lives in lead-spec-json").isFalse();
    noClasses().should().resideInAPackage("dev.leadspec.json..")
        .orShould().dependOnClassesThat().resideInAnyPackage("dev.leadspec.json..", "tools.jackson..",
            "com.fasterxml.jackson..", "org.erdtman..")
        .check(CORE);
  }

  @Test
  void core_depends_on_the_jdk_jspecify_and_immutables_only() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.leadspec..", "java..", "org.jspecify..", "org.immutables..")
        .check(CORE);
  }

  @Test
  void packages_depend_only_downwards_internal_model_eval_analysis_dispute_text() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("internal").definedBy("dev.leadspec.internal..")
        .layer("model").definedBy("dev.leadspec.model..")
        .layer("eval").definedBy("dev.leadspec.eval..")
        .layer("analysis").definedBy("dev.leadspec.analysis..")
        .layer("dispute").definedBy("dev.leadspec.dispute..")
        .layer("text").definedBy("dev.leadspec.text..")
        .whereLayer("text").mayNotBeAccessedByAnyLayer()
        .whereLayer("dispute").mayOnlyBeAccessedByLayers("text")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("dispute", "text")
        .whereLayer("eval").mayOnlyBeAccessedByLayers("analysis", "dispute", "text")
        .whereLayer("model").mayOnlyBeAccessedByLayers("eval", "analysis", "dispute", "text")
        .check(CORE);
  }

  @Test
  void the_model_depends_on_nothing_else_of_lead_spec() {
    classes().that().resideInAPackage("dev.leadspec.model")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.leadspec.model", "dev.leadspec.internal", "java..", "org.jspecify..", "org.immutables..")
        .check(CORE);
  }

  @Test
  void evaluation_reads_only_the_model() {
    classes().that().resideInAPackage("dev.leadspec.eval")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.leadspec.eval", "dev.leadspec.model", "dev.leadspec.internal",
            "java..", "org.jspecify..", "org.immutables..")
        .check(CORE);
  }

  @Test
  void disputes_read_evaluation_and_the_model_only() {
    classes().that().resideInAPackage("dev.leadspec.dispute")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("dev.leadspec.dispute", "dev.leadspec.eval", "dev.leadspec.model", "dev.leadspec.internal", "java..",
            "org.jspecify..", "org.immutables..")
        .check(CORE);
  }

  @Test
  void the_internal_package_depends_on_nothing_of_lead_spec() {
    classes().that().resideInAPackage("dev.leadspec.internal")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.leadspec.internal", "java..", "org.jspecify..", "org.immutables..")
        .check(CORE);
  }

  @Test
  void the_packages_of_core_form_no_cycles() {
    slices().matching("dev.leadspec.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void no_public_type_of_core_exposes_double_or_float() {
    List<String> offenders = new ArrayList<>();
    for (JavaClass type : CORE) {
      if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaField field : type.getFields()) {
        if (field.getModifiers().contains(JavaModifier.PUBLIC) && FLOATING.contains(field.getRawType().getName())) {
          offenders.add(field.getFullName());
        }
      }
      for (JavaCodeUnit unit : type.getCodeUnits()) {
        if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        if (FLOATING.contains(unit.getRawReturnType().getName())) {
          offenders.add(unit.getFullName());
        }
        for (JavaClass parameter : unit.getRawParameterTypes()) {
          if (FLOATING.contains(parameter.getName())) {
            offenders.add(unit.getFullName());
          }
        }
      }
    }
    assertThat(offenders).as("public members of core using double or float").isEmpty();
    assertThat(CORE.containPackage("dev.leadspec.model")).isTrue();
  }
}
