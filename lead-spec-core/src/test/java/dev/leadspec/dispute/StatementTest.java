package dev.leadspec.dispute;

import static dev.leadspec.dispute.ArbiterTest.ARBITER;
import static dev.leadspec.dispute.ArbiterTest.DELIVERED;
import static dev.leadspec.dispute.ArbiterTest.IN_CALL;
import static dev.leadspec.dispute.ArbiterTest.V1;
import static dev.leadspec.dispute.ArbiterTest.V2;
import static dev.leadspec.dispute.ArbiterTest.challenge;
import static dev.leadspec.dispute.ArbiterTest.correction;
import static dev.leadspec.dispute.ArbiterTest.lead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatementTest {

  @Test
  void a_statement_counts_outcomes_reasons_challenges_and_money_and_adds_up() {
    // given
    ContractHistory history = ContractHistory.of(V1, V2);
    List<Lead> leads = List.of(
        lead("A").build(),
        lead("B").build(),
        lead("C").fact("role", "SECRETARY").build(),
        Lead.builder().id("D").deliveredAt(DELIVERED).fact("role", "CIO").fact("employees", 60).build(),
        Lead.builder().id("E").deliveredAt(Instant.parse("2026-04-05T08:00:00Z")).fact("employees", 45).fact("role", "CIO")
            .fact("plans", Answer.YES).build());
    List<Verdict> verdicts = new ArrayList<>();
    leads.forEach(l -> verdicts.add(history.evaluate(l)));
    Instant soon = DELIVERED.plus(Duration.ofDays(2));
    List<Challenge> challenges = List.of(
        challenge("A", Party.BUYER, soon, "DQ-PHONE").addCorrections(correction("phone_valid", Value.of(false), soon)).build(),
        challenge("B", Party.BUYER, soon, "SAME-BRAND").build(),
        challenge("B", Party.BUYER, DELIVERED.plus(Duration.ofDays(11)), "DMU").build(),
        challenge("C", Party.SUPPLIER, soon, "DMU").addCorrections(correction("role", Value.of("CIO"), IN_CALL)).build());

    // when
    Statement statement = Statement.of(verdicts, ARBITER.ruleAll(leads, challenges));

    // then
    Tally total = statement.total();
    assertThat(total.leads()).isEqualTo(5);
    assertThat(total.accepted()).isEqualTo(3);
    assertThat(total.billable()).isEqualTo(3);
    assertThat(total.upheldAgainst()).isEqualTo(1);
    assertThat(total.reinstated()).isEqualTo(1);
    assertThat(total.rejected()).isEqualTo(1);
    assertThat(total.replacementsOwed()).isEqualTo(1);
    assertThat(total.rejectionsByReason()).containsExactly(Map.entry("Q-UPGRADE", 1L));
    assertThat(total.challengesUpheld()).isEqualTo(2);
    assertThat(total.challengesDismissed()).containsExactly(Map.entry(Ground.LATE, 1L), Map.entry(Ground.OUT_OF_CONTRACT, 1L));
    assertThat(total.amountDue()).containsExactly(Money.of("9000", "RUB"));
    assertThat(statement.byVersion()).extracting(Tally::label).containsExactly("hw v1", "hw v2");
    assertThat(statement.byVersion()).extracting(Tally::leads).containsExactly(4L, 1L);
    assertThat(statement.byDay()).extracting(Tally::label).containsExactly("2026-03-02", "2026-04-05");
    assertThat(statement.zones()).containsExactly(java.time.ZoneOffset.UTC);
  }

  @Test
  void the_zones_the_days_are_counted_in_survive_the_accumulators_bytes_and_old_bytes_still_read() {
    // given
    Verdict verdict = ContractHistory.of(V1).evaluate(lead("A").build());
    StatementAccumulator accumulator = new StatementAccumulator().add(verdict, List.of());
    byte[] bytes = accumulator.toBytes();
    // old bytes: the same encoding without the zones that end it (an int count, one string: 4 + 4 + "Z")
    byte[] old = java.util.Arrays.copyOf(bytes, bytes.length - 9);

    // when
    Statement again = StatementAccumulator.fromBytes(bytes).statement();
    Statement fromOld = StatementAccumulator.fromBytes(old).statement();

    // then
    assertThat(again).isEqualTo(accumulator.statement());
    assertThat(again.zones()).containsExactly(java.time.ZoneOffset.UTC);
    assertThat(fromOld.zones()).isEmpty();
    assertThat(fromOld.total()).isEqualTo(again.total());
  }

  @Test
  void a_ruling_for_a_lead_without_a_verdict_is_an_error() {
    Lead lead = lead("A").build();
    Ruling ruling = ARBITER.rule(lead, challenge("A", Party.BUYER, DELIVERED, "DMU").build());
    assertThatThrownBy(() -> Statement.of(List.of(), List.of(ruling)))
        .hasMessage("statement: ruling for lead A has no verdict among the 0 given");
  }
}
