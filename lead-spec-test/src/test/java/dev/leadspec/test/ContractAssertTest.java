package dev.leadspec.test;

import static dev.leadspec.test.LeadSpecAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import org.junit.jupiter.api.Test;

class ContractAssertTest {
  private final Contract contract = ItIntegrator.contract();

  @Test
  void a_retailer_with_120_employees_planning_an_upgrade_is_accepted_and_priced_500() {
    // then
    assertThat(contract).accepts(ItIntegrator.good())
        .evaluating(ItIntegrator.good()).hasOutput("price", dev.leadspec.model.Money.of("500", "RUB"));
  }

  @Test
  void a_lead_with_49_employees_is_rejected_for_TA_SIZE() {
    // given
    Lead small = ItIntegrator.lead("L-49").fact("industry", "RETAIL").fact("employees", 49).fact("plans_upgrade", Answer.YES).build();
    // then
    assertThat(contract).rejects(small).rejectsFor(small, "TA-SIZE");
    assertThatThrownBy(() -> assertThat(contract).accepts(small))
        .hasMessageContaining("to be ACCEPTED, but it was REJECTED for [TA-SIZE].")
        .hasMessageContaining("read employees = 49");
  }

  @Test
  void rejectsFor_fails_when_another_criterion_is_a_reason_too() {
    // given
    Lead lead = ItIntegrator.lead("L-7").fact("industry", "BANKING").fact("employees", 49).fact("plans_upgrade", Answer.YES)
        .fact("phone_invalid", true).build();
    // then
    assertThatThrownBy(() -> assertThat(contract).rejectsFor(lead, "TA-SIZE"))
        .hasMessageContaining("to be REJECTED for exactly [TA-SIZE], but it was REJECTED for [TA-IND, TA-SIZE, DQ-PHONE].")
        .hasMessageContaining("DQ-PHONE Phone number invalid: MET (decisive)");
  }

  @Test
  void rejects_fails_for_an_accepted_lead() {
    // then
    assertThatThrownBy(() -> assertThat(contract).rejects(ItIntegrator.good()))
        .hasMessageContaining("to be REJECTED, but it was ACCEPTED.");
  }
}
