package dev.leadspec.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Fingerprint;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluatorFingerprintTest {
  private final Contract contract = ContractHistoryTest.version(1, LocalDate.of(2026, 1, 1), 50);

  @Test
  void evaluating_leads_does_not_compute_the_fingerprint() {
    // given
    Evaluator evaluator = Evaluator.of(contract);

    // when
    for (int employees = 0; employees < 100; employees++) {
      evaluator.evaluate(ContractHistoryTest.lead("L-" + employees, "2026-02-01T10:00:00Z", employees));
    }

    // then
    assertThat(evaluator.fingerprinted()).isFalse();
  }

  @Test
  void the_fingerprint_is_computed_once_per_compiled_contract_and_shared_by_its_verdicts() {
    // given
    Evaluator evaluator = Evaluator.of(contract);
    Verdict verdict = evaluator.evaluate(ContractHistoryTest.lead("L-1", "2026-02-01T10:00:00Z", 70));

    // when
    String first = verdict.contractFingerprint();

    // then
    assertThat(evaluator.fingerprinted()).isTrue();
    assertThat(evaluator.fingerprint()).isSameAs(first).isEqualTo(Fingerprint.of(contract));
  }

  @Test
  void equal_contracts_have_equal_fingerprints_and_another_version_another() {
    Contract same = ContractHistoryTest.version(1, LocalDate.of(2026, 1, 1), 50);
    Contract amended = ContractHistoryTest.version(1, LocalDate.of(2026, 1, 1), 40);
    assertThat(Evaluator.of(same).fingerprint()).isEqualTo(Evaluator.of(contract).fingerprint())
        .isNotEqualTo(Evaluator.of(amended).fingerprint());
  }
}
