package dev.leadspec.test;

import static dev.leadspec.test.LeadSpecAssertions.assertThat;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Money;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The module README's contract author's property test, compiled and run as written there. */
class ReadmeExampleProperties {
  private final Contract contract = ItIntegrator.contract();
  private final Evaluator evaluator = Evaluator.of(contract);
  private final Leads leads = Leads.of(contract);

  @Test
  void companies_of_1000_employees_or_more_are_priced_800() {
    LeadProperty.forAll(leads.accepted()).examples(leads.covering()).tries(500)
        .check(lead -> {
          Verdict verdict = evaluator.evaluate(lead);
          if (verdict.isAccepted() && lead.fact("employees").orElseThrow().orderingKey().getAsLong() >= 1000) {
            assertThat(verdict).hasOutput("price", Money.of("800", "RUB"));
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> the_contract_has_the_ready_made_properties() {
    return ContractProperties.of(contract).dynamicTests();
  }
}
