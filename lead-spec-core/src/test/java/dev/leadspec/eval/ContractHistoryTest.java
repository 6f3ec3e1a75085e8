package dev.leadspec.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ContractHistoryTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private final Contract v1 = version(1, LocalDate.of(2026, 1, 1), 50);
  private final Contract v2 = version(2, LocalDate.of(2026, 4, 1), 40);

  @Test
  void a_lead_delivered_before_the_amendment_is_governed_by_version_1_and_rejected_with_45_employees() {
    // given: 2026-03-31 23:59:59 in Moscow
    ContractHistory history = ContractHistory.of(v2, v1);
    Lead lead = lead("L-1", "2026-03-31T20:59:59Z", 45);

    // when
    Verdict verdict = history.evaluate(lead);

    // then
    assertThat(history.governing(lead)).isEqualTo(v1);
    assertThat(verdict.contractVersion()).isEqualTo(1);
    assertThat(verdict.contractFingerprint()).isEqualTo(Evaluator.of(v1).fingerprint());
    assertThat(verdict.isAccepted()).isFalse();
  }

  @Test
  void a_lead_delivered_from_the_amendments_first_moment_is_governed_by_version_2_and_accepted_with_45_employees() {
    // given: 2026-04-01 00:00 in Moscow
    ContractHistory history = ContractHistory.of(v1, v2);
    Lead lead = lead("L-2", "2026-03-31T21:00:00Z", 45);

    // when
    Verdict verdict = history.evaluate(lead);

    // then
    assertThat(verdict.contractVersion()).isEqualTo(2);
    assertThat(verdict.contract()).isEqualTo(v2);
    assertThat(verdict.contractFingerprint()).isEqualTo(Evaluator.of(v2).fingerprint()).isNotEqualTo(Evaluator.of(v1).fingerprint());
    assertThat(verdict.isAccepted()).isTrue();
  }

  @Test
  void the_versions_are_kept_in_version_order() {
    ContractHistory history = ContractHistory.of(v2, v1);
    assertThat(history.versions()).containsExactly(v1, v2);
    assertThat(history.latest()).isEqualTo(v2);
    assertThat(history.contractId()).isEqualTo("it-integrator");
  }

  @Test
  void a_lead_delivered_before_the_first_version_is_governed_by_none() {
    ContractHistory history = ContractHistory.of(v1, v2);
    Lead early = lead("L-0", "2025-12-31T20:59:59Z", 100);
    assertThatThrownBy(() -> history.evaluate(early))
        .isInstanceOf(LeadSpecException.class)
        .hasMessage("lead L-0: delivered at 2025-12-31T20:59:59Z, before it-integrator v1 took effect "
            + "(2025-12-31T21:00:00Z); no version of it-integrator governs it");
  }

  @Test
  void a_version_given_twice_is_rejected() {
    assertThatThrownBy(() -> ContractHistory.of(v1, version(1, LocalDate.of(2026, 2, 1), 30)))
        .isInstanceOf(LeadSpecException.class)
        .hasMessage("contract history it-integrator: version 1 is given twice");
  }

  @Test
  void two_versions_effective_from_the_same_date_are_rejected() {
    assertThatThrownBy(() -> ContractHistory.of(v1, version(2, LocalDate.of(2026, 1, 1), 30)))
        .isInstanceOf(LeadSpecException.class)
        .hasMessageStartingWith("contract history it-integrator: it-integrator v1 and it-integrator v2 both take effect at 2025-12-31T21:00:00Z");
  }

  @Test
  void a_later_version_that_takes_effect_earlier_would_reach_back_and_is_rejected() {
    assertThatThrownBy(() -> ContractHistory.of(v2, version(3, LocalDate.of(2026, 2, 1), 30)))
        .isInstanceOf(LeadSpecException.class)
        .hasMessageContaining("it-integrator v3 takes effect at 2026-01-31T21:00:00Z, before it-integrator v2")
        .hasMessageEndingWith("an amendment never reaches back");
  }

  @Test
  void versions_of_two_contracts_do_not_make_one_history() {
    Contract other = Contract.builder().id("nps-survey").version(2).title("NPS").effectiveFrom(LocalDate.of(2026, 4, 1))
        .addFields(Field.builder().name("score").kind(FieldKind.INTEGER).build()).build();
    assertThatThrownBy(() -> ContractHistory.of(v1, other))
        .isInstanceOf(LeadSpecException.class)
        .hasMessage("contract history it-integrator: nps-survey v2 is another contract's version");
  }

  @Test
  void an_empty_history_is_rejected() {
    assertThatThrownBy(() -> ContractHistory.of(java.util.List.of()))
        .isInstanceOf(LeadSpecException.class)
        .hasMessage("contract history: has no version");
  }

  static Contract version(int version, LocalDate from, long minEmployees) {
    return Contract.builder().id("it-integrator").version(version).title("Upgrade leads v" + version)
        .effectiveFrom(from).zone(MOSCOW)
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).build())
        .addCriteria(Criterion.builder().id("TA-SIZE").title("Company size").role(Role.REQUIRED)
            .condition(new Condition.Compare("employees", Operator.GE, Value.of(minEmployees))).build())
        .build();
  }

  static Lead lead(String id, String deliveredAt, long employees) {
    return Lead.builder().id(id).deliveredAt(Instant.parse(deliveredAt)).fact("employees", employees).build();
  }
}
