package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.test.ContractProperties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The ready-made properties of lead-spec-test, over every example contract. */
class ExampleContractsProperties {

  @TestFactory
  Stream<DynamicTest> the_flagship_version_1_is_deterministic_complete_in_its_reasons_and_totally_priced() {
    return ContractProperties.of(HardwareUpgradeContract.V1).dynamicTests();
  }

  @TestFactory
  Stream<DynamicTest> the_flagship_version_2_keeps_every_property() {
    return ContractProperties.of(HardwareUpgradeContract.V2).dynamicTests();
  }

  @TestFactory
  Stream<DynamicTest> the_fleet_brief_lets_every_criterion_decide_alone() {
    return ContractProperties.of(FleetTelematicsBrief.CONTRACT).dynamicTests();
  }

  @TestFactory
  Stream<DynamicTest> nps_groups_over_an_integer_score_are_total() {
    return ContractProperties.of(NpsSurvey.INTEGER_SCORE).dynamicTests();
  }

  @Test
  void nps_groups_over_a_decimal_score_fail_the_total_tables_property_with_a_shrunk_score_in_the_gap() {
    assertThatThrownBy(() -> ContractProperties.of(NpsSurvey.DECIMAL_SCORE_WITH_GAPS).tablesTotal())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("tables total")
        .hasMessageContaining("rerun with -Dleadspec.seed=")
        .hasMessageContaining("shrunk lead:")
        .hasMessageContaining("NO_MATCH");
  }
}
