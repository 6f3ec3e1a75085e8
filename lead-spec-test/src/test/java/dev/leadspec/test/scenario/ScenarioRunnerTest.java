package dev.leadspec.test.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {
  private final Contract contract = Fixture.contract();
  private final ScenarioRunner runner = ScenarioRunner.of(contract);

  @Test
  void scenarios_that_match_their_verdicts_pass() {
    // given
    List<Scenario> scenarios = ScenarioJson.read(Fixture.document(Fixture.ACCEPTED + ",\n" + Fixture.TOO_SMALL), "s.json", contract);

    // when
    ScenarioReport report = runner.run(scenarios);

    // then
    assertThat(report.passed()).isTrue();
    assertThat(report.results()).hasSize(2).allMatch(ScenarioResult::passed);
  }

  @Test
  void a_failure_shows_the_expectation_the_differences_and_the_verdict_explanation() {
    // given: the author believes 49 employees are enough
    String wrong = Fixture.TOO_SMALL.replace("\"outcome\": \"REJECTED\", \"reasons\": {\"TA-SIZE\": \"NOT_MET\"}",
        "\"outcome\": \"ACCEPTED\", \"reasons\": {\"TA-IND\": \"MET\", \"TA-SIZE\": \"MET\", \"Q-UPGRADE\": \"MET\"}");
    List<Scenario> scenarios = ScenarioJson.read(Fixture.document(wrong), "s.json", contract);

    // when
    ScenarioReport report = runner.run(scenarios);

    // then
    ScenarioResult failure = report.failures().get(0);
    assertThat(failure.differences()).containsExactly(
        "outcome: expected ACCEPTED, was REJECTED",
        "reason TA-IND=MET: expected, but TA-IND was MET and not a reason",
        "reason TA-SIZE: expected MET, was NOT_MET",
        "reason Q-UPGRADE=MET: expected, but Q-UPGRADE was MET and not a reason");
    assertThat(failure.report())
        .startsWith("FAILED scenario \"49 employees is too small\" (s.json, line 4)\n"
            + "  expected: ACCEPTED, reasons TA-IND=MET;TA-SIZE=MET;Q-UPGRADE=MET\n"
            + "  actual:   REJECTED, reasons TA-SIZE=NOT_MET\n")
        .contains("  verdict:\n    REJECTED: lead 49 employees is too small under it-integrator v1\n")
        .contains("TA-SIZE Company size: NOT_MET (decisive); expected employees between 50 and 5000 inclusive; read employees = 49");
    assertThat(report.text()).contains("1 scenarios, 0 passed, 1 failed\n");
  }

  @Test
  void a_wrong_table_output_or_price_is_a_difference() {
    // given
    String wrong = Fixture.ACCEPTED.replace("\"tables\": {\"price\": \"2500 RUB\"}, \"price\": \"2500 RUB\"",
        "\"tables\": {\"price\": \"4000 RUB\"}, \"price\": \"4000.00 RUB\"");

    // when
    ScenarioReport report = runner.run(ScenarioJson.read(Fixture.document(wrong), "s.json", contract));

    // then
    assertThat(report.failures().get(0).differences())
        .containsExactly("table price: expected 4000 RUB, was 2500 RUB", "price: expected 4000.00 RUB, was 2500 RUB");
  }

  @Test
  void coverage_names_every_status_bound_and_row_not_yet_seen() {
    // given
    List<Scenario> scenarios = ScenarioJson.read(Fixture.document(Fixture.ACCEPTED + ",\n" + Fixture.TOO_SMALL), "s.json", contract);

    // when
    Coverage coverage = runner.run(scenarios).coverage();

    // then
    assertThat(coverage.items()).startsWith("TA-IND MET", "TA-IND NOT_MET", "TA-IND UNKNOWN", "TA-SIZE MET", "TA-SIZE NOT_MET",
        "TA-SIZE UNKNOWN", "TA-SIZE: employees >= 50 at 50", "TA-SIZE: employees >= 50 at 49",
        "TA-SIZE: employees <= 5000 at 5000", "TA-SIZE: employees <= 5000 at 5001");
    assertThat(coverage.items()).contains("price/SMB matched", "price/ENTERPRISE: employees >= 500 at 499");
    assertThat(coverage.covered()).contains("TA-SIZE NOT_MET", "TA-SIZE: employees >= 50 at 49", "price/SMB matched",
        "DQ-DUP NOT_MET", "DQ-DUP UNKNOWN");
    assertThat(coverage.missing()).contains("TA-IND NOT_MET", "TA-SIZE: employees <= 5000 at 5001", "TA-SIZE: employees >= 50 at 50", "price/ENTERPRISE matched",
        "DQ-DUP MET");
    assertThat(coverage.covered().size() + coverage.missing().size()).isEqualTo(coverage.items().size());
    assertThat(coverage.percent()).isEqualByComparingTo(
        BigDecimal.valueOf(coverage.covered().size() * 1000L / coverage.items().size(), 1));
    assertThat(coverage.atLeast(BigDecimal.valueOf(100))).isFalse();
    assertThat(coverage.atLeast(BigDecimal.ZERO)).isTrue();
    assertThat(coverage.text()).startsWith("coverage: " + coverage.covered().size() + " of " + coverage.items().size() + " items (")
        .contains("never exercised:\n  TA-IND NOT_MET\n");
  }

  @Test
  void a_history_has_items_per_version() {
    // given
    ContractHistory history = ContractHistory.of(contract, Fixture.contract(40, 2, java.time.LocalDate.of(2026, 4, 1)));

    // when
    Coverage coverage = Coverage.of(history, List.of());

    // then
    assertThat(coverage.items()).contains("v1 TA-SIZE: employees >= 50 at 50", "v2 TA-SIZE: employees >= 40 at 39");
    assertThat(coverage.percent()).isEqualByComparingTo("0");
  }

  @Test
  void a_built_scenario_naming_an_undeclared_field_is_refused_before_anything_runs() {
    // given
    Scenario scenario = Scenario.builder().name("typo")
        .lead(Lead.builder().id("L").deliveredAt(contract.effectiveAt()).fact("industy", "RETAIL").build())
        .outcome(Outcome.REJECTED).putReasons("TA-IND", Status.UNKNOWN).build();

    // when / then
    assertThatThrownBy(() -> runner.run(List.of(scenario)))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("scenarios, scenario \"typo\", at facts.industy: field \"industy\" is not declared in it-integrator v1 "
            + "(did you mean \"industry\"?)");
  }

  @Test
  void reasons_cells_read_and_write_back() {
    // given
    String cell = "TA-SIZE=NOT_MET; Q-UPGRADE=UNKNOWN";

    // when
    var reasons = ScenarioText.reasons(cell);

    // then
    assertThat(ScenarioText.reasons(reasons)).isEqualTo("TA-SIZE=NOT_MET;Q-UPGRADE=UNKNOWN");
    assertThat(ScenarioText.reasons("")).isEmpty();
    assertThatThrownBy(() -> ScenarioText.reasons("TA-SIZE")).hasMessageContaining("is not CRITERION=STATUS");
    assertThatThrownBy(() -> ScenarioText.reasons("A=MET;A=MET")).hasMessageContaining("criterion A is named twice");
  }
}
