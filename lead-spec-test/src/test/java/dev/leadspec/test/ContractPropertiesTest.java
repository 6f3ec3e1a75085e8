package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SeedProperties.class)
class ContractPropertiesTest {

  @Test
  void the_nps_contract_with_passives_7_to_8_has_every_ready_made_property() {
    // given
    Contract contract = Nps.contract(7, 8);
    // then
    assertThatCode(() -> ContractProperties.of(contract).checkAll()).doesNotThrowAnyException();
    assertThatCode(() -> ContractProperties.of(ItIntegrator.contract()).checkAll()).doesNotThrowAnyException();
  }

  @Test
  void passives_written_7_to_7_leave_score_8_unclassified_and_the_shrunk_lead_and_seed_say_so() {
    // given: an off-by-one, 7–7 where the brief says 7–8
    Contract contract = Nps.contract(7, 7);
    // when
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> ContractProperties.of(contract).tablesTotal());
    // then
    assertThat(error.getMessage())
        .contains("property \"nps-survey v1: tables total on accepted leads\" failed on ")
        .contains("(seed 20261124; rerun with -Dleadspec.seed=20261124)")
        .containsPattern("shrunk lead: [a-z0-9-]+ \\{industry = LOGISTICS, score = 8\\}\n")
        .contains("Expecting table nps to be MATCHED for lead")
        .contains("nps: NO_MATCH (complete table, no row matches)");
  }

  @Test
  void the_off_by_one_is_found_by_the_random_accepted_leads_alone_and_shrunk_from_a_bigger_lead() {
    // given: the same off-by-one, no covering leads, only the seeded random walk over accepted leads
    Contract contract = Nps.contract(7, 7);
    Leads leads = Leads.of(contract);
    dev.leadspec.eval.Evaluator evaluator = dev.leadspec.eval.Evaluator.of(contract);
    // when
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> LeadProperty.forAll(leads.accepted())
        .named("nps is total").seed(7L)
        .check(lead -> LeadSpecAssertions.assertThat(evaluator.evaluate(lead)).hasTableStatus("nps", dev.leadspec.eval.TableResult.RowMatch.MATCHED)));
    // then
    assertThat(error.getMessage())
        .contains("(seed 7; rerun with -Dleadspec.seed=7)")
        .containsPattern("shrunk lead: accepted-[0-9a-f]+ \\{industry = LOGISTICS, score = 8\\}\n")
        .containsPattern("original lead: accepted-[0-9a-f]+ \\{.*score = 8.*\\}");
  }

  @Test
  void passives_written_6_to_8_overlap_the_detractors_at_6_in_a_unique_table() {
    // given
    Contract contract = Nps.contract(6, 8);
    // when
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> ContractProperties.of(contract).checkAll());
    // then
    assertThat(error.getMessage())
        .contains("tables total on accepted leads")
        .containsPattern("shrunk lead: [a-z0-9-]+ \\{industry = LOGISTICS, score = 6\\}\n")
        .contains("nps: CONFLICT between rows DETRACTOR, PASSIVE")
        .doesNotContain("determinism")
        .doesNotContain("reasons complete");
  }

  @Test
  void a_criterion_implied_by_another_is_reported_as_never_failing_alone() {
    // given: "at least 10 employees" can never fail without "at least 50" failing too
    Contract contract = Contract.builder().id("sizes").version(1).title("Sizes").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).build())
        .addCriteria(
            Criterion.builder().id("SIZE-50").title("At least 50")
                .condition(new Condition.Compare("employees", Operator.GE, Value.of(50))).role(Role.REQUIRED).build(),
            Criterion.builder().id("SIZE-10").title("At least 10")
                .condition(new Condition.Compare("employees", Operator.GE, Value.of(10))).role(Role.REQUIRED).build())
        .build();
    // when
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> ContractProperties.of(contract).exactlyOneFailing());
    // then
    assertThat(error.getMessage())
        .isEqualTo("contract sizes v1: no lead fails criterion SIZE-10 alone among 7 covering leads and a seeded search"
            + " (every combination of interesting values was tried); whenever it fails another criterion fails too,"
            + " so it never decides the outcome by itself");
  }

  @Test
  void the_dynamic_tests_are_one_per_property_and_run_green_on_a_sound_contract() throws Throwable {
    // given
    List<DynamicTest> tests = ContractProperties.of(Nps.contract(7, 8)).tries(20).dynamicTests().collect(Collectors.toList());
    // then
    assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(
        "nps-survey v1: determinism", "nps-survey v1: reasons complete",
        "nps-survey v1: exactly one failing criterion", "nps-survey v1: tables total");
    for (DynamicTest test : tests) {
      test.getExecutable().execute();
    }
  }
}
