package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

@ExtendWith(SeedProperties.class)
class LeadPropertyTest {
  private final Contract contract = ItIntegrator.contract();
  private final Leads leads = Leads.of(contract);
  private final Evaluator evaluator = Evaluator.of(contract);

  /** False on purpose: accepted leads below 1000 employees are priced 500. */
  private final Consumer<Lead> everyAcceptedLeadIsPriced800 = lead -> {
    Verdict verdict = evaluator.evaluate(lead);
    if (verdict.isAccepted()) {
      LeadSpecAssertions.assertThat(verdict).hasOutput("price", Money.of("800", "RUB"));
    }
  };

  @Test
  void a_true_property_passes_over_examples_and_generated_leads() {
    // then
    assertThatCode(() -> LeadProperty.forAll(leads.random()).examples(leads.covering()).tries(300)
        .check(lead -> assertThat(evaluator.evaluate(lead).price().isPresent()).isEqualTo(evaluator.evaluate(lead).isAccepted())))
        .doesNotThrowAnyException();
  }

  @Test
  void a_false_property_reports_the_seed_and_a_lead_shrunk_to_the_nearest_bound_and_first_code() {
    // when
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> LeadProperty.forAll(leads.random()).named("accepted leads are priced 800").seed(11L).check(everyAcceptedLeadIsPriced800));
    // then
    assertThat(error.getMessage())
        .startsWith("property \"accepted leads are priced 800\" failed on try ")
        .contains(" (seed 11; rerun with -Dleadspec.seed=11)\n")
        .containsPattern("shrunk lead: random-[0-9a-f]+ \\{industry = MANUFACTURING, employees = (50|51|999), plans_upgrade = YES\\}\n")
        .contains("Expecting table price to give 800 RUB for lead random-")
        .contains("but got price = 500 RUB (row SMALL)")
        .contains("explanation:\nACCEPTED: lead random-");
    assertThat(error.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void the_same_seed_reproduces_the_same_failure_and_the_system_property_overrides_the_seed() {
    // given
    LeadProperty property = LeadProperty.forAll(leads.random()).named("priced 800").seed(11L);
    String first = catchThrowableOfType(AssertionError.class, () -> property.check(everyAcceptedLeadIsPriced800)).getMessage();
    String again = catchThrowableOfType(AssertionError.class, () -> property.check(everyAcceptedLeadIsPriced800)).getMessage();
    // when
    String rerun;
    System.setProperty(LeadProperty.SEED_PROPERTY, "12345");
    try {
      rerun = catchThrowableOfType(AssertionError.class, () -> property.check(everyAcceptedLeadIsPriced800)).getMessage();
      assertThat(property.effectiveSeed()).isEqualTo(12345L);
    } finally {
      System.clearProperty(LeadProperty.SEED_PROPERTY);
    }
    // then
    assertThat(again).isEqualTo(first);
    assertThat(rerun).contains("(seed 12345; rerun with -Dleadspec.seed=12345)");
    assertThat(property.effectiveSeed()).isEqualTo(11L);
  }

  @Test
  void a_failure_among_the_examples_is_reported_as_that_example() {
    // given
    List<Lead> examples = List.of(ItIntegrator.good());
    // when
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> LeadProperty.forAll(leads.random()).examples(examples).tries(0).check(everyAcceptedLeadIsPriced800));
    // then
    assertThat(error.getMessage()).startsWith("property \"property\" failed on example 1 of 1 (seed 20261124;")
        .contains("original lead: L-1 {industry = RETAIL, employees = 120, plans_upgrade = YES, phone_invalid = false}")
        .contains("shrunk lead: L-1 {industry = MANUFACTURING, employees = 51, plans_upgrade = YES}");
  }

  @Test
  void dynamic_tests_are_one_per_example_and_try_and_a_failing_one_reports_its_shrunk_lead() throws Throwable {
    // given
    List<DynamicTest> tests = LeadProperty.forAll(leads.accepted()).named("priced 800").examples(List.of(ItIntegrator.good()))
        .tries(5).dynamicTests(everyAcceptedLeadIsPriced800).collect(Collectors.toList());
    // then
    assertThat(tests).hasSize(6);
    assertThat(tests.get(0).getDisplayName())
        .isEqualTo("priced 800 example 1 of 1: L-1 {industry = RETAIL, employees = 120, plans_upgrade = YES, phone_invalid = false}");
    assertThat(tests.get(1).getDisplayName()).startsWith("priced 800 try 1 of 5: accepted-");
    Executable failing = tests.get(0).getExecutable();
    assertThatThrownBy(failing::execute).isInstanceOf(AssertionError.class)
        .hasMessageContaining("(seed 20261124; rerun with -Dleadspec.seed=20261124)")
        .hasMessageContaining("shrunk lead: L-1 {industry = MANUFACTURING, employees = 51, plans_upgrade = YES}");
  }

  @Test
  void a_hand_written_generator_works_without_shrinking() {
    // given
    LeadGenerator fixed = random -> ItIntegrator.lead("L-" + random.nextInt(100)).fact("employees", 10).build();
    // when
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> LeadProperty.forAll(fixed).tries(3).check(lead -> assertThat(lead.fact("employees")).isEmpty()));
    // then
    assertThat(error.getMessage()).containsPattern("shrunk lead: L-[0-9]+ \\{employees = 10\\}");
    assertThat(fixed.shrinkCandidates(ItIntegrator.good())).isEmpty();
    assertThat(Optional.of(LeadProperty.forAll(fixed).tries(0))).isPresent();
    assertThatThrownBy(() -> LeadProperty.forAll(fixed).tries(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tries -1 is negative");
  }
}
