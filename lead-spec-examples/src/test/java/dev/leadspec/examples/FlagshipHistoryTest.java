package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The amendment (version 2: companies from 40 employees) governs only leads delivered from 1 April 2026, Moscow time. */
class FlagshipHistoryTest {
  private final ContractHistory history = ContractHistory.of(HardwareUpgradeContract.V1, HardwareUpgradeContract.V2);

  private static Lead withEmployees(String id, String deliveredAt, long employees) {
    return Lead.builder().id(id).deliveredAt(Instant.parse(deliveredAt))
        .fact("industry", "MANUFACTURING").fact("region", "MOW").fact("employees", employees).fact("computers", 120)
        .fact("role", "CIO").fact("plans_upgrade", Answer.YES).fact("agreed_meeting", Answer.YES)
        .fact("phone_valid", true).fact("duplicate", false).build();
  }

  @Test
  void a_lead_of_45_employees_delivered_on_31_march_in_moscow_is_rejected_under_version_1() {
    // given: 23:59 on 31 March in Moscow
    Lead lead = withEmployees("L-0331", "2026-03-31T20:59:00Z", 45);

    // when
    Verdict verdict = history.evaluate(lead);

    // then
    assertThat(verdict.contractVersion()).isEqualTo(1);
    assertThat(verdict.isAccepted()).isFalse();
    assertThat(verdict.reasons()).extracting(r -> r.criterionId()).containsExactly("TA-SIZE");
    assertThat(verdict.contractFingerprint()).isEqualTo(Evaluator.of(HardwareUpgradeContract.V1).fingerprint());
  }

  @Test
  void the_same_lead_delivered_at_midnight_of_1_april_in_moscow_is_accepted_under_version_2() {
    // given: 00:00 on 1 April in Moscow
    Lead lead = withEmployees("L-0401", "2026-03-31T21:00:00Z", 45);

    // when
    Verdict verdict = history.evaluate(lead);

    // then
    assertThat(verdict.contractVersion()).isEqualTo(2);
    assertThat(verdict.isAccepted()).isTrue();
    assertThat(verdict.contractFingerprint()).isEqualTo(Evaluator.of(HardwareUpgradeContract.V2).fingerprint());
  }

  @Test
  void the_amendment_never_reaches_back_to_a_lead_of_march() {
    Lead march = withEmployees("L-0310", "2026-03-10T09:00:00Z", 45);
    assertThat(history.governing(march)).isEqualTo(HardwareUpgradeContract.V1);
  }
}
