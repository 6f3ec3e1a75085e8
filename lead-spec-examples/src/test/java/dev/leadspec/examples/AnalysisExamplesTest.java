package dev.leadspec.examples;

import static dev.leadspec.test.LeadSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.analysis.ContractAnalysis;
import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.Finding;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
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
          .isEqualTo(TableResult.Status.NO_MATCH);
    }
    assertThat(gaps.get(0).message()).contains("6").contains("7");
    assertThat(gaps.get(1).message()).contains("8").contains("9");
    assertThatThrownBy(() -> assertThat(NpsSurvey.DECIMAL_SCORE_WITH_GAPS).hasNoGaps()).hasMessageContaining("TABLE_GAP");
  }

  @Test
  void the_amendment_from_version_1_to_2_changes_exactly_the_leads_of_40_to_49_employees() {
    // when
    SemanticDiff diff = SemanticDiff.between(HardwareUpgradeContract.V1, HardwareUpgradeContract.V2);

    // then
    assertThat(diff.isComplete()).isTrue();
    assertThat(diff.regions()).isNotEmpty();
    for (DiffRegion region : diff.regions()) {
      assertThat(region.toString()).contains("40").contains("49").contains("TA-SIZE");
      long employees = ((dev.leadspec.model.Value.IntegerValue) region.example().fact("employees").orElseThrow()).number();
      assertThat(employees).isBetween(40L, 49L);
      assertThat(Evaluator.of(HardwareUpgradeContract.V1).evaluate(region.example()).isAccepted()).isFalse();
      assertThat(Evaluator.of(HardwareUpgradeContract.V2).evaluate(region.example()).isAccepted()).isTrue();
    }
    assertThat(SemanticDiff.between(HardwareUpgradeContract.V2, HardwareUpgradeContract.V2).isEmpty()).isTrue();
  }
}
