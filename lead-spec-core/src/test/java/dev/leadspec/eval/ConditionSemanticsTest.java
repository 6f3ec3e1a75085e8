package dev.leadspec.eval;

import static dev.leadspec.eval.Fixture.lead;
import static dev.leadspec.eval.Fixture.status;
import static dev.leadspec.model.Status.MET;
import static dev.leadspec.model.Status.NOT_MET;
import static dev.leadspec.model.Status.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionSemanticsTest {

  private static final Lead EMPTY = lead().build();

  private static Condition cmp(String field, Operator op, Value value) {
    return new Condition.Compare(field, op, value);
  }

  @Test
  void integer_comparisons_hold_exactly_at_their_bounds() {
    Lead fifty = lead().fact("employees", 50).build();
    assertThat(status(cmp("employees", Operator.GE, Value.of(50)), fifty)).isEqualTo(MET);
    assertThat(status(cmp("employees", Operator.GT, Value.of(50)), fifty)).isEqualTo(NOT_MET);
    assertThat(status(cmp("employees", Operator.LE, Value.of(50)), fifty)).isEqualTo(MET);
    assertThat(status(cmp("employees", Operator.LT, Value.of(50)), fifty)).isEqualTo(NOT_MET);
    assertThat(status(cmp("employees", Operator.EQ, Value.of(50)), fifty)).isEqualTo(MET);
    assertThat(status(cmp("employees", Operator.NE, Value.of(50)), fifty)).isEqualTo(NOT_MET);
    assertThat(status(cmp("employees", Operator.LT, Value.of(Long.MIN_VALUE)), fifty)).isEqualTo(NOT_MET);
    assertThat(status(cmp("employees", Operator.GT, Value.of(Long.MAX_VALUE)), fifty)).isEqualTo(NOT_MET);
  }

  @Test
  void a_comparison_over_an_unknown_fact_is_unknown_never_not_met() {
    assertThat(status(cmp("employees", Operator.GE, Value.of(50)), EMPTY)).isEqualTo(UNKNOWN);
    assertThat(status(cmp("employees", Operator.NE, Value.of(50)), EMPTY)).isEqualTo(UNKNOWN);
    assertThat(status(new Condition.In("industry", List.of("RETAIL"), true), EMPTY)).isEqualTo(UNKNOWN);
    assertThat(status(new Condition.Between("score", Value.of(0), Value.of(6), true, true), EMPTY)).isEqualTo(UNKNOWN);
    assertThat(status(new Condition.Contains("brands", List.of("MAN"), false), EMPTY)).isEqualTo(UNKNOWN);
  }

  @Test
  void is_known_and_is_unknown_are_never_unknown() {
    assertThat(status(new Condition.Known("employees", true), EMPTY)).isEqualTo(NOT_MET);
    assertThat(status(new Condition.Known("employees", false), EMPTY)).isEqualTo(MET);
    assertThat(status(new Condition.Known("employees", true), lead().fact("employees", 1).build())).isEqualTo(MET);
  }

  @Test
  void between_honours_inclusive_and_exclusive_ends() {
    Condition closedOpen = new Condition.Between("employees", Value.of(50), Value.of(100), true, false);
    Condition openClosed = new Condition.Between("employees", Value.of(50), Value.of(100), false, true);
    assertThat(status(closedOpen, lead().fact("employees", 50).build())).isEqualTo(MET);
    assertThat(status(closedOpen, lead().fact("employees", 100).build())).isEqualTo(NOT_MET);
    assertThat(status(openClosed, lead().fact("employees", 50).build())).isEqualTo(NOT_MET);
    assertThat(status(openClosed, lead().fact("employees", 100).build())).isEqualTo(MET);
  }

  @Test
  void decimals_compare_by_value_and_accept_integer_facts() {
    Condition upToSix = new Condition.Between("score", Value.of(0), Value.of(new BigDecimal("6.0")), true, true);
    assertThat(status(upToSix, lead().fact("score", new BigDecimal("6.00")).build())).isEqualTo(MET);
    assertThat(status(upToSix, lead().fact("score", new BigDecimal("6.5")).build())).isEqualTo(NOT_MET);
    assertThat(status(upToSix, lead().fact("score", 6).build())).isEqualTo(MET);
    assertThat(status(cmp("score", Operator.EQ, Value.of(new BigDecimal("1.0"))), lead().fact("score", new BigDecimal("1.00")).build()))
        .isEqualTo(MET);
    Condition aboveSix = new Condition.Between("score", Value.of(6), Value.of(7), false, false);
    assertThat(status(aboveSix, lead().fact("score", new BigDecimal("6.000001")).build())).isEqualTo(MET);
    assertThat(status(aboveSix, lead().fact("score", new BigDecimal("7")).build())).isEqualTo(NOT_MET);
  }

  @Test
  void dates_compare_by_day() {
    Condition before2020 = cmp("founded", Operator.LT, Value.of(LocalDate.of(2020, 1, 1)));
    assertThat(status(before2020, lead().fact("founded", LocalDate.of(2019, 12, 31)).build())).isEqualTo(MET);
    assertThat(status(before2020, lead().fact("founded", LocalDate.of(2020, 1, 1)).build())).isEqualTo(NOT_MET);
  }

  @Test
  void codes_text_answers_and_flags_match_exactly() {
    Lead lead = lead().fact("industry", "RETAIL").fact("city", "Kazan").fact("plans", Answer.NO).fact("phone_valid", false).build();
    assertThat(status(new Condition.In("industry", List.of("MANUFACTURING", "RETAIL"), false), lead)).isEqualTo(MET);
    assertThat(status(new Condition.In("industry", List.of("MANUFACTURING", "RETAIL"), true), lead)).isEqualTo(NOT_MET);
    assertThat(status(cmp("industry", Operator.NE, Value.of("FINANCE")), lead)).isEqualTo(MET);
    assertThat(status(new Condition.In("city", List.of("Moscow", "Kazan"), false), lead)).isEqualTo(MET);
    assertThat(status(cmp("city", Operator.EQ, Value.of("kazan")), lead)).isEqualTo(NOT_MET);
    assertThat(status(cmp("plans", Operator.EQ, Value.of(Answer.YES)), lead)).isEqualTo(NOT_MET);
    assertThat(status(cmp("plans", Operator.EQ, Value.of(Answer.NO)), lead)).isEqualTo(MET);
    assertThat(status(cmp("phone_valid", Operator.EQ, Value.of(false)), lead)).isEqualTo(MET);
  }

  @Test
  void choices_contain_any_all_or_equal_a_set() {
    Lead fleet = lead().codes("brands", "VOLVO", "MAN").build();
    assertThat(status(new Condition.Contains("brands", List.of("MAN", "KAMAZ"), false), fleet)).isEqualTo(MET);
    assertThat(status(new Condition.Contains("brands", List.of("MAN", "KAMAZ"), true), fleet)).isEqualTo(NOT_MET);
    assertThat(status(new Condition.Contains("brands", List.of("MAN", "VOLVO"), true), fleet)).isEqualTo(MET);
    assertThat(status(cmp("brands", Operator.EQ, Value.codes("MAN", "VOLVO")), fleet)).isEqualTo(MET);
    assertThat(status(cmp("brands", Operator.EQ, Value.codes("MAN")), fleet)).isEqualTo(NOT_MET);
    assertThat(status(new Condition.Contains("brands", List.of("KAMAZ"), false), lead().codes("brands").build())).isEqualTo(NOT_MET);
  }

  @Test
  void all_any_and_not_follow_kleene_logic() {
    Condition met = cmp("employees", Operator.GE, Value.of(0));
    Condition notMet = cmp("employees", Operator.LT, Value.of(0));
    Condition unknown = new Condition.In("industry", List.of("RETAIL"), false);
    Lead lead = lead().fact("employees", 10).build();
    assertThat(status(Condition.all(met, unknown), lead)).isEqualTo(UNKNOWN);
    assertThat(status(Condition.all(unknown, notMet), lead)).isEqualTo(NOT_MET);
    assertThat(status(Condition.any(notMet, unknown), lead)).isEqualTo(UNKNOWN);
    assertThat(status(Condition.any(unknown, met), lead)).isEqualTo(MET);
    assertThat(status(Condition.not(unknown), lead)).isEqualTo(UNKNOWN);
    assertThat(status(Condition.not(notMet), lead)).isEqualTo(MET);
  }

  @Test
  void at_least_is_met_when_n_parts_are_met_and_not_met_only_when_n_can_no_longer_be_reached() {
    Condition met = cmp("employees", Operator.GE, Value.of(0));
    Condition notMet = cmp("employees", Operator.LT, Value.of(0));
    Condition unknown = new Condition.In("industry", List.of("RETAIL"), false);
    Lead lead = lead().fact("employees", 10).build();
    assertThat(status(Condition.atLeast(2, met, met, notMet), lead)).isEqualTo(MET);
    assertThat(status(Condition.atLeast(2, met, unknown, notMet), lead)).isEqualTo(UNKNOWN);
    assertThat(status(Condition.atLeast(2, notMet, unknown, notMet), lead)).isEqualTo(NOT_MET);
    assertThat(status(Condition.atLeast(3, met, met, unknown, notMet), lead)).isEqualTo(UNKNOWN);
    assertThat(status(Condition.atLeast(3, met, notMet, unknown, notMet), lead)).isEqualTo(NOT_MET);
    assertThat(status(Condition.atLeast(1, unknown, met), lead)).isEqualTo(MET);
  }
}
