package dev.leadspec.test;

import static dev.leadspec.test.LeadSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalysisAssertTest {

  @Test
  void a_total_and_disjoint_nps_table_passes_every_analysis_assertion() {
    assertThat(Nps.contract(7, 8)).hasNoGaps().hasNoOverlaps().isSatisfiable();
  }

  @Test
  void a_gap_fails_has_no_gaps_with_the_finding_and_an_example_score() {
    // given passives written 7–7: score 8 is in no group
    Contract gap = Nps.contract(7, 7);

    // then
    assertThatThrownBy(() -> assertThat(gap).hasNoGaps())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting contract nps-survey v1 to have no gaps in its complete tables, but the analysis found:")
        .hasMessageContaining("TABLE_GAP")
        .hasMessageContaining("score = 8");
  }

  @Test
  void an_overlap_fails_has_no_overlaps_naming_both_rows() {
    // given passives written 6–8: score 6 is a detractor and a passive
    assertThatThrownBy(() -> assertThat(Nps.contract(6, 8)).hasNoOverlaps())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("TABLE_OVERLAP")
        .hasMessageContaining("DETRACTOR")
        .hasMessageContaining("PASSIVE");
  }

  @Test
  void criteria_that_cannot_hold_together_fail_is_satisfiable_naming_them() {
    Contract impossible = Contract.builder().id("impossible").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).build())
        .addCriteria(
            Criterion.builder().id("BIG").title("big").role(Role.REQUIRED)
                .condition(new Condition.Compare("employees", dev.leadspec.model.Operator.GE, Value.of(500))).build(),
            Criterion.builder().id("SMALL").title("small").role(Role.REQUIRED)
                .condition(new Condition.Compare("employees", dev.leadspec.model.Operator.LT, Value.of(50))).build())
        .build();
    assertThatThrownBy(() -> assertThat(impossible).isSatisfiable())
        .hasMessageContaining("to accept at least one lead")
        .hasMessageContaining("UNSATISFIABLE")
        .hasMessageContaining("BIG")
        .hasMessageContaining("SMALL");
  }
}
