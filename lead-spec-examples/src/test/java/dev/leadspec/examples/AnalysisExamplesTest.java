package dev.leadspec.examples;

import static dev.leadspec.test.LeadSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.disqualify;
import static dev.leadspec.dsl.LeadSpec.require;
import static dev.leadspec.dsl.LeadSpec.uniqueTable;

import dev.leadspec.analysis.ContractAnalysis;
import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.Finding;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Value;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the exact analysis says of the example contracts, before anyone signs them. */
class AnalysisExamplesTest {

  @Test
  void every_signed_example_contract_is_satisfiable_and_its_tables_have_no_gap_or_overlap() {
    assertThat(HardwareUpgradeContract.V1).isSatisfiable().hasNoGaps().hasNoOverlaps();
    assertThat(HardwareUpgradeContract.V2).isSatisfiable().hasNoGaps().hasNoOverlaps();
    assertThat(FleetTelematicsBrief.CONTRACT).isSatisfiable().hasNoGaps().hasNoOverlaps();
    assertThat(NpsSurvey.INTEGER_SCORE).isSatisfiable().hasNoGaps().hasNoOverlaps();
  }

  @Test
  void nps_groups_over_a_decimal_score_have_gaps_between_6_and_7_and_between_8_and_9_each_with_an_example() {
    // when
    List<Finding> gaps = ContractAnalysis.of(NpsSurvey.DECIMAL_SCORE_WITH_GAPS).findings(Finding.Code.TABLE_GAP);

    // then
    assertThat(gaps).hasSize(2);
    Evaluator evaluator = Evaluator.of(NpsSurvey.DECIMAL_SCORE_WITH_GAPS);
    for (Finding gap : gaps) {
      assertThat(gap.tableId()).contains("nps");
      assertThat(evaluator.evaluate(gap.example().orElseThrow()).table("nps").orElseThrow().status())
          .isEqualTo(TableResult.RowMatch.NO_MATCH);
    }
    assertThat(gaps.get(0).message()).contains("6").contains("7");
    assertThat(gaps.get(1).message()).contains("8").contains("9");
    assertThatThrownBy(() -> assertThat(NpsSurvey.DECIMAL_SCORE_WITH_GAPS).hasNoGaps()).hasMessageContaining("TABLE_GAP");
  }

  @Test
  void nps_groups_written_with_detractors_up_to_7_overlap_the_passives_at_7() {
    // given: a careless author writes detractors 0–7
    Contract overlapping = contract("nps-overlap").title("NPS groups, overlapping").effectiveFrom(LocalDate.of(2026, 1, 1))
        .fields(NpsSurvey.SCORE)
        .criteria(require("SCORE", "Score from 0 to 10", NpsSurvey.SCORE.between(0, 10)))
        .tables(uniqueTable("nps").complete()
            .row("DETRACTOR", NpsSurvey.SCORE.between(0, 7), "DETRACTOR")
            .row("PASSIVE", NpsSurvey.SCORE.between(7, 8), "PASSIVE")
            .row("PROMOTER", NpsSurvey.SCORE.between(9, 10), "PROMOTER"))
        .build();

    // when
    List<Finding> overlaps = ContractAnalysis.of(overlapping).findings(Finding.Code.TABLE_OVERLAP);

    // then
    assertThat(overlaps).singleElement().satisfies(overlap -> {
      assertThat(overlap.rowIds()).containsExactly("DETRACTOR", "PASSIVE");
      assertThat(overlap.example().orElseThrow().fact("score")).contains(Value.of(7));
    });
    assertThatThrownBy(() -> assertThat(overlapping).hasNoOverlaps()).hasMessageContaining("TABLE_OVERLAP");
  }

  @Test
  void a_brief_asking_for_at_most_40_and_at_least_50_employees_accepts_no_lead_and_names_the_clash() {
    // given: at most 40 employees, and yet 50 or more of them, as two criteria
    Contract impossible = contract("impossible").title("Contradictory brief").effectiveFrom(LocalDate.of(2026, 1, 1))
        .fields(HardwareUpgradeContract.EMPLOYEES)
        .criteria(
            require("TA-SMALL", "Small company", HardwareUpgradeContract.EMPLOYEES.atMost(40)),
            require("TA-SIZE", "Company size", HardwareUpgradeContract.EMPLOYEES.between(50, 5000)))
        .build();

    // then
    assertThat(ContractAnalysis.of(impossible).findings(Finding.Code.UNSATISFIABLE)).singleElement()
        .satisfies(f -> assertThat(f.criterionIds()).containsExactlyInAnyOrder("TA-SMALL", "TA-SIZE"));
    assertThatThrownBy(() -> assertThat(impossible).isSatisfiable()).hasMessageContaining("UNSATISFIABLE");
  }

  @Test
  void a_disqualifier_for_fewer_than_10_computers_never_decides_once_30_are_required() {
    // given
    Contract redundant = contract("redundant").title("Belt and braces").effectiveFrom(LocalDate.of(2026, 1, 1))
        .fields(HardwareUpgradeContract.COMPUTERS)
        .criteria(
            require("TA-PCS", "Enough computers", HardwareUpgradeContract.COMPUTERS.atLeast(30)),
            disqualify("DQ-TINY", "Tiny office", HardwareUpgradeContract.COMPUTERS.lessThan(10)))
        .build();

    // then
    assertThat(ContractAnalysis.of(redundant).findings(Finding.Code.NEVER_DECISIVE)).singleElement()
        .satisfies(f -> assertThat(f.criterionIds()).contains("DQ-TINY"));
  }

  @Test
  void the_amendment_from_version_1_to_2_accepts_or_stops_citing_TA_SIZE_against_exactly_the_leads_of_40_to_49_employees() {
    // when
    SemanticDiff diff = SemanticDiff.between(HardwareUpgradeContract.V1, HardwareUpgradeContract.V2);

    // then
    assertThat(diff.isComplete()).isTrue();
    assertThat(diff.regions()).isNotEmpty();
    for (DiffRegion region : diff.regions()) {
      assertThat(region.toString()).contains("40").contains("49").contains("TA-SIZE");
      long employees = ((dev.leadspec.model.Value.IntegerValue) region.example().fact("employees").orElseThrow()).number();
      assertThat(employees).isBetween(40L, 49L);
      dev.leadspec.eval.Verdict before = Evaluator.of(HardwareUpgradeContract.V1).evaluate(region.example());
      dev.leadspec.eval.Verdict after = Evaluator.of(HardwareUpgradeContract.V2).evaluate(region.example());
      assertThat(before.isAccepted()).isFalse();
      assertThat(before.result("TA-SIZE").orElseThrow().decisive()).isTrue();
      assertThat(after.isAccepted()).isEqualTo(!region.sharesUnchangedReasons());
      assertThat(after.result("TA-SIZE").orElseThrow().decisive()).isEqualTo(after.isAccepted());
    }
    assertThat(SemanticDiff.between(HardwareUpgradeContract.V2, HardwareUpgradeContract.V2).isEmpty()).isTrue();
  }
}
