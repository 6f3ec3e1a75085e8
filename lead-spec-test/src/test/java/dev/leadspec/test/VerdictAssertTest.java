package dev.leadspec.test;

import static dev.leadspec.test.LeadSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import org.junit.jupiter.api.Test;

class VerdictAssertTest {
  private final Evaluator evaluator = Evaluator.of(ItIntegrator.contract());

  @Test
  void an_accepted_verdict_passes_isAccepted_and_shows_its_table_outputs() {
    // given
    Verdict verdict = evaluator.evaluate(ItIntegrator.good());
    // then
    assertThat(verdict).isAccepted()
        .hasOutput("price", Money.of("500.00", "RUB"))
        .hasOutput("tier", "HOT")
        .hasTableStatus("price", TableResult.RowMatch.MATCHED)
        .hasStatus("DQ-PHONE", Status.NOT_MET);
  }

  @Test
  void a_rejected_verdict_fails_isAccepted_with_its_reasons_and_explanation() {
    // given
    Verdict verdict = evaluator.evaluate(ItIntegrator.lead("L-42").fact("industry", "RETAIL").fact("employees", 49).build());
    // then
    assertThatThrownBy(() -> assertThat(verdict).isAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting lead L-42 under it-integrator v1 to be ACCEPTED, but it was REJECTED for [TA-SIZE, Q-UPGRADE].")
        .hasMessageContaining("explanation:\nREJECTED: lead L-42 under it-integrator v1")
        .hasMessageContaining("TA-SIZE Company size: NOT_MET (decisive); expected employees between 50 and 5000 inclusive; read employees = 49");
  }

  @Test
  void isRejectedFor_means_exactly_those_reasons_in_any_order() {
    // given
    Verdict verdict = evaluator.evaluate(ItIntegrator.lead("L-42").fact("industry", "RETAIL").fact("employees", 49).build());
    // then
    assertThat(verdict).isRejected().isRejectedFor("Q-UPGRADE", "TA-SIZE").hasReason("TA-SIZE").hasUnknown("Q-UPGRADE");
    assertThatThrownBy(() -> assertThat(verdict).isRejectedFor("TA-SIZE"))
        .hasMessageContaining("to be REJECTED for exactly [TA-SIZE], but it was REJECTED for [TA-SIZE, Q-UPGRADE].")
        .hasMessageContaining("Q-UPGRADE Plans an upgrade: UNKNOWN (counts as NOT_MET) (decisive)");
  }

  @Test
  void an_accepted_verdict_fails_isRejected_and_isRejectedFor() {
    // given
    Verdict verdict = evaluator.evaluate(ItIntegrator.good());
    // then
    assertThatThrownBy(() -> assertThat(verdict).isRejected())
        .hasMessageContaining("Expecting lead L-1 under it-integrator v1 to be REJECTED, but it was ACCEPTED.")
        .hasMessageContaining("explanation:\nACCEPTED: lead L-1");
    assertThatThrownBy(() -> assertThat(verdict).isRejectedFor("TA-SIZE"))
        .hasMessageContaining("to be REJECTED for exactly [TA-SIZE], but it was ACCEPTED.");
  }

  @Test
  void hasReason_fails_for_a_criterion_that_did_not_decide() {
    // given
    Verdict verdict = evaluator.evaluate(ItIntegrator.lead("L-3").fact("industry", "BANKING").fact("employees", 120)
        .fact("plans_upgrade", Answer.YES).build());
    // then
    assertThatThrownBy(() -> assertThat(verdict).hasReason("TA-SIZE"))
        .hasMessageContaining("Expecting lead L-3 under it-integrator v1 to have TA-SIZE among its reasons, but it was REJECTED for [TA-IND].")
        .hasMessageContaining("read industry = BANKING");
  }

  @Test
  void hasUnknown_fails_for_a_criterion_whose_facts_are_known() {
    // given
    Verdict verdict = evaluator.evaluate(ItIntegrator.good());
    // then
    assertThatThrownBy(() -> assertThat(verdict).hasUnknown("TA-SIZE"))
        .hasMessageContaining("Expecting criterion TA-SIZE to be UNKNOWN for lead L-1 under it-integrator v1, but it was MET.");
  }

  @Test
  void a_criterion_the_contract_does_not_declare_is_named_with_the_declared_ones() {
    // given
    Verdict verdict = evaluator.evaluate(ItIntegrator.good());
    // then
    assertThatThrownBy(() -> assertThat(verdict).hasReason("TA-SIZ"))
        .hasMessageContaining("Expecting it-integrator v1 to have a criterion TA-SIZ, but its criteria are [TA-IND, TA-SIZE, Q-UPGRADE, DQ-PHONE].");
  }

  @Test
  void a_wrong_table_output_shows_what_the_table_gave() {
    // given
    Verdict accepted = evaluator.evaluate(ItIntegrator.good());
    Verdict rejected = evaluator.evaluate(ItIntegrator.lead("L-9").build());
    // then
    assertThatThrownBy(() -> assertThat(accepted).hasOutput("price", Money.of("800", "RUB")))
        .hasMessageContaining("Expecting table price to give 800 RUB for lead L-1 under it-integrator v1, but got price = 500 RUB (row SMALL).");
    assertThatThrownBy(() -> assertThat(rejected).hasOutput("tier", "HOT"))
        .hasMessageContaining("but got no table output: the lead was REJECTED for [TA-IND, TA-SIZE, Q-UPGRADE].");
    assertThatThrownBy(() -> assertThat(accepted).hasTableStatus("tier", TableResult.RowMatch.NONE))
        .hasMessageContaining("Expecting table tier to be NONE for lead L-1 under it-integrator v1, but got tier = HOT (row HOT).");
  }
}
