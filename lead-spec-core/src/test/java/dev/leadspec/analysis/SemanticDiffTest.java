package dev.leadspec.analysis;

import static dev.leadspec.analysis.Contracts.contract;
import static dev.leadspec.analysis.Contracts.integer;
import static dev.leadspec.analysis.Contracts.required;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exact findings and words; tagged golden so they are rerun under hostile locales, time zones and charsets. */
@Tag("golden")
class SemanticDiffTest {

  @Test
  void the_flagship_v2_also_accepts_companies_with_40_to_49_employees() {
    // given
    Contract v1 = Contracts.integrator(1, 50);
    Contract v2 = Contracts.integrator(2, 40);

    // when
    SemanticDiff diff = SemanticDiff.between(v1, v2);

    // then
    assertThat(diff.isComplete()).isTrue();
    assertThat(diff.remarks()).isEmpty();
    assertThat(diff.regions()).hasSize(2);
    assertThat(diff.regions().get(0)).satisfies(region -> {
      assertThat(region.before()).isEqualTo(Outcome.REJECTED);
      assertThat(region.after()).isEqualTo(Outcome.ACCEPTED);
      assertThat(region.criterionIds()).containsExactly("TA-SIZE");
      assertThat(region.beforeReasons()).containsExactly(java.util.Map.entry("TA-SIZE", dev.leadspec.model.Status.NOT_MET));
      assertThat(region.afterPrice()).contains(dev.leadspec.model.Money.of("500", "RUB"));
      assertThat(region.leads()).isEqualTo("employees 40–49");
      assertThat(region.words()).isEqualTo("v2 also accepts leads with employees 40–49, at 500.00 RUB (v1 rejects them for TA-SIZE), "
          + "e.g. industry = MANUFACTURING, employees = 40, plans_upgrade = YES, existing_customer = false");
      Lead example = region.example();
      assertThat(Evaluator.of(v1).evaluate(example).isAccepted()).isFalse();
      assertThat(Evaluator.of(v2).evaluate(example).isAccepted()).isTrue();
    });
    assertThat(diff.regions().get(1)).satisfies(region -> {
      assertThat(region.sharesUnchangedReasons()).isTrue();
      assertThat(region.beforeReasons()).containsOnlyKeys("TA-SIZE");
      assertThat(region.afterReasons()).isEmpty();
      assertThat(region.words()).startsWith("v2 rejects, for other reasons, leads with employees 40–49: no longer for TA-SIZE "
          + "(both cite whichever other criteria fail), e.g. ");
    });
  }

  @Test
  void going_back_from_v2_to_v1_no_longer_accepts_the_same_leads() {
    // when
    SemanticDiff diff = SemanticDiff.between(Contracts.integrator(2, 40), Contracts.integrator(1, 50));

    // then
    assertThat(diff.regions()).first().satisfies(region -> {
      assertThat(region.before()).isEqualTo(Outcome.ACCEPTED);
      assertThat(region.words()).startsWith("v1 no longer accepts leads with employees 40–49 (v1 rejects them for TA-SIZE; v2 paid 500.00 RUB), e.g. ");
    });
  }

  @Test
  void identical_contracts_give_an_empty_diff() {
    // given
    Contract v1 = Contracts.integrator(1, 50);

    // when
    SemanticDiff diff = SemanticDiff.between(v1, Contracts.integrator(1, 50));

    // then
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.regions()).isEmpty();
    assertThat(diff.toString()).isEqualTo("diff of it-integrator v1 and it-integrator v1: no lead gets another verdict\n");
  }

  @Test
  void fixing_the_nps_overlap_changes_the_group_of_score_7_only() {
    // given
    Contract overlapping = Contracts.overlappingNps();
    Contract fixed = contract("nps", 3).addFields(Contracts.decimal("score"))
        .addCriteria(required("SCORE", Contracts.between("score", "0", "10", true, true)))
        .addTables(dev.leadspec.model.Table.builder().id("nps").hitPolicy(dev.leadspec.model.HitPolicy.UNIQUE).complete(true)
            .addRows(dev.leadspec.model.Row.of("DETRACTOR", Contracts.between("score", "0", "7", true, false), dev.leadspec.model.Output.code("DETRACTOR")))
            .addRows(dev.leadspec.model.Row.of("PASSIVE", Contracts.between("score", "7", "9", true, false), dev.leadspec.model.Output.code("PASSIVE")))
            .addRows(dev.leadspec.model.Row.of("PROMOTER", Contracts.between("score", "9", "10", true, true), dev.leadspec.model.Output.code("PROMOTER")))
            .build())
        .build();

    // when
    SemanticDiff diff = SemanticDiff.between(overlapping, fixed);

    // then
    assertThat(diff.regions()).singleElement().satisfies(region -> {
      assertThat(region.tableIds()).containsExactly("nps");
      assertThat(region.rowIds()).containsExactly("DETRACTOR", "PASSIVE");
      assertThat(region.words()).isEqualTo("v3 classifies leads with score = 7 differently: nps PASSIVE instead of CONFLICT, e.g. score = 7");
    });
  }

  @Test
  void a_field_only_the_new_version_reads_is_unknown_to_the_old_one() {
    // given
    Contract v1 = contract("c", 1).addFields(integer("employees"))
        .addCriteria(required("TA-SIZE", Contracts.compare("employees", Operator.GE, 50))).build();
    Field computers = integer("computers");
    Contract v2 = contract("c", 2).addFields(integer("employees"), computers)
        .addCriteria(required("TA-SIZE", Contracts.compare("employees", Operator.GE, 50)))
        .addCriteria(required("TA-PCS", Contracts.compare("computers", Operator.GE, 20))).build();

    // when
    SemanticDiff diff = SemanticDiff.between(v1, v2);

    // then
    assertThat(diff.regions()).extracting(DiffRegion::leads)
        .containsExactly("computers ≤ 19", "computers unknown", "computers ≤ 19", "computers unknown");
    assertThat(diff.regions()).extracting(DiffRegion::afterReasons).containsExactly(
        java.util.Map.of("TA-PCS", dev.leadspec.model.Status.NOT_MET), java.util.Map.of("TA-PCS", dev.leadspec.model.Status.UNKNOWN),
        java.util.Map.of("TA-PCS", dev.leadspec.model.Status.NOT_MET), java.util.Map.of("TA-PCS", dev.leadspec.model.Status.UNKNOWN));
    assertThat(diff.regions()).extracting(DiffRegion::sharesUnchangedReasons).containsExactly(false, false, true, true);
    assertThat(diff.edits()).extracting(Edit::kind).containsExactly(Edit.Kind.CRITERION_ADDED, Edit.Kind.FIELD_ADDED);
  }

  @Test
  void a_budget_of_one_box_says_the_diff_is_incomplete() {
    // when
    SemanticDiff diff = SemanticDiff.between(Contracts.integrator(1, 50), Contracts.integrator(2, 40), 1);

    // then
    assertThat(diff.isComplete()).isFalse();
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.remarks()).containsExactly("the diff stopped at its budget of 1 boxes: other leads may differ too");
  }

  @Test
  void codes_declared_in_one_version_only_are_named_in_the_remarks() {
    // given
    Field v1Industry = Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("RETAIL", "BANKING").build();
    Field v2Industry = Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("RETAIL", "BANKING", "MINING").build();
    Contract v1 = contract("c", 1).addFields(v1Industry)
        .addCriteria(required("IND", new dev.leadspec.model.Condition.Compare("industry", Operator.EQ, Value.of("RETAIL")))).build();
    Contract v2 = contract("c", 2).addFields(v2Industry)
        .addCriteria(required("IND", new dev.leadspec.model.Condition.In("industry", java.util.List.of("RETAIL", "MINING"), false))).build();

    // when
    SemanticDiff diff = SemanticDiff.between(v1, v2);

    // then
    assertThat(diff.regions()).isEmpty();
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.remarks()).containsExactly(
        "field \"industry\": codes [MINING] are declared in only one contract: leads with them are not compared");
  }
}
