package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeadsTest {
  private final Contract contract = ItIntegrator.contract();
  private final Leads leads = Leads.of(contract);
  private final Evaluator evaluator = Evaluator.of(contract);

  private static List<Optional<Value>> values(Object... values) {
    List<Optional<Value>> list = new ArrayList<>();
    list.add(Optional.empty());
    for (Object value : values) {
      list.add(Optional.of(value instanceof Value v ? v : value instanceof Integer i ? Value.of(i)
          : value instanceof BigDecimal d ? Value.of(d) : Value.of((String) value)));
    }
    return list;
  }

  @Test
  void every_bound_of_the_size_range_and_of_the_price_table_is_tried_plus_and_minus_one() {
    // then
    assertThat(leads.fieldsRead()).containsExactly("industry", "employees", "plans_upgrade", "phone_invalid");
    assertThat(leads.interestingValues("employees")).isEqualTo(values(49, 50, 51, 999, 1000, 1001, 4999, 5000, 5001));
    assertThat(leads.interestingValues("industry")).isEqualTo(values("MANUFACTURING", "LOGISTICS", "RETAIL", "BANKING"));
    assertThat(leads.interestingValues("plans_upgrade")).isEqualTo(values(Value.of(Answer.YES), Value.of(Answer.NO)));
    assertThat(leads.interestingValues("phone_invalid")).isEqualTo(values(Value.of(false), Value.of(true)));
  }

  @Test
  void a_decimal_bound_is_tried_one_unit_and_one_finer_step_either_side_and_a_date_one_day_either_side() {
    // given
    Contract budgets = Contract.builder().id("budgets").version(1).title("Budgets").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(
            Field.builder().name("budget").kind(FieldKind.DECIMAL).build(),
            Field.builder().name("visit").kind(FieldKind.DATE).build(),
            Field.builder().name("brands").kind(FieldKind.CHOICES).addCodes("VOLVO", "SCANIA", "MAN").build(),
            Field.builder().name("city").kind(FieldKind.TEXT).build())
        .addCriteria(
            Criterion.builder().id("B").title("Budget").role(Role.REQUIRED)
                .condition(new Condition.Compare("budget", Operator.GT, Value.of(new BigDecimal("2.5")))).build(),
            Criterion.builder().id("V").title("Visit").role(Role.REQUIRED)
                .condition(new Condition.Compare("visit", Operator.LE, Value.of(LocalDate.of(2026, 3, 31)))).build(),
            Criterion.builder().id("T").title("Trucks").role(Role.REQUIRED)
                .condition(new Condition.Contains("brands", List.of("VOLVO", "SCANIA"), true)).build(),
            Criterion.builder().id("C").title("City").role(Role.DISQUALIFIER)
                .condition(new Condition.In("city", List.of("Moscow"), false)).build())
        .build();
    // when
    Leads generated = Leads.of(budgets);
    // then
    assertThat(generated.interestingValues("budget"))
        .isEqualTo(values(new BigDecimal("1.5"), new BigDecimal("2.49"), new BigDecimal("2.5"), new BigDecimal("2.51"), new BigDecimal("3.5")));
    assertThat(generated.interestingValues("visit")).isEqualTo(values(Value.of(LocalDate.of(2026, 3, 30)),
        Value.of(LocalDate.of(2026, 3, 31)), Value.of(LocalDate.of(2026, 4, 1))));
    assertThat(generated.interestingValues("brands")).isEqualTo(values(Value.codes(), Value.codes("VOLVO"), Value.codes("SCANIA"),
        Value.codes("MAN"), Value.codes("VOLVO", "SCANIA"), Value.codes("VOLVO", "SCANIA", "MAN")));
    assertThat(generated.interestingValues("city")).isEqualTo(values("Moscow", "other"));
    assertThatThrownBy(() -> generated.interestingValues("budgte"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("contract budgets v1: field \"budgte\" is not declared");
  }

  @Test
  void a_small_contract_is_covered_by_every_combination_of_interesting_values() {
    // when
    List<Lead> covering = leads.covering();
    // then: 5 industries (with unknown) x 10 sizes x 3 answers x 3 flags
    assertThat(leads.coveringIsExhaustive()).isTrue();
    assertThat(covering).hasSize(450);
    Set<Object> combinations = new LinkedHashSet<>();
    for (Lead lead : covering) {
      combinations.add(lead.facts());
    }
    assertThat(combinations).hasSize(450);
    for (String field : leads.fieldsRead()) {
      for (Optional<Value> value : leads.interestingValues(field)) {
        assertThat(covering).as("%s = %s", field, value).anyMatch(lead -> lead.fact(field).equals(value));
      }
    }
  }

  @Test
  void random_leads_are_valid_for_the_contract_and_the_same_seed_gives_the_same_leads() {
    // when
    List<Lead> first = draw(leads.random(), 42, 300);
    List<Lead> again = draw(leads.random(), 42, 300);
    // then
    assertThat(first).isEqualTo(again);
    for (Lead lead : first) {
      evaluator.evaluate(lead);
    }
    assertThat(first).anyMatch(lead -> evaluator.evaluate(lead).isAccepted());
    assertThat(first).anyMatch(lead -> !evaluator.evaluate(lead).isAccepted());
  }

  @Test
  void random_leads_reach_every_interesting_value_of_every_field_read_and_failing_only_TA_IND_reaches_banking() {
    // when
    List<Lead> random = draw(leads.random(), 5, 2000);
    List<Lead> notTargeted = draw(leads.failingOnly("TA-IND"), 6, 200);
    // then
    for (String field : leads.fieldsRead()) {
      for (Optional<Value> value : leads.interestingValues(field)) {
        assertThat(random).as("%s = %s", field, value).anyMatch(lead -> lead.fact(field).equals(value));
      }
    }
    assertThat(notTargeted).extracting(lead -> lead.fact("industry"))
        .contains(Optional.empty(), Optional.of(Value.of("BANKING")))
        .doesNotContain(Optional.of(Value.of("RETAIL")));
  }

  @Test
  void accepted_leads_are_accepted_and_reach_every_accepted_size_bound() {
    // when
    List<Lead> accepted = draw(leads.accepted(), 1, 400);
    // then
    Set<Optional<Value>> sizes = new LinkedHashSet<>();
    for (Lead lead : accepted) {
      assertThat(evaluator.evaluate(lead).isAccepted()).as(LeadProperty.describe(lead)).isTrue();
      sizes.add(lead.fact("employees"));
    }
    assertThat(sizes).containsAll(values(50, 51, 999, 1000, 1001, 4999, 5000).subList(1, 8));
  }

  @Test
  void leads_failing_only_TA_SIZE_are_rejected_for_exactly_TA_SIZE_at_49_5001_and_unknown() {
    // when
    List<Lead> failing = draw(leads.failingOnly("TA-SIZE"), 2, 300);
    // then
    Set<Optional<Value>> sizes = new LinkedHashSet<>();
    for (Lead lead : failing) {
      LeadSpecAssertions.assertThat(evaluator.evaluate(lead)).isRejectedFor("TA-SIZE");
      sizes.add(lead.fact("employees"));
    }
    assertThat(sizes).contains(Optional.empty(), Optional.of(Value.of(49)), Optional.of(Value.of(5001)));
  }

  @Test
  void leads_failing_only_the_disqualifier_have_an_invalid_phone_and_meet_everything_else() {
    // then
    for (Lead lead : draw(leads.failingOnly("DQ-PHONE"), 3, 100)) {
      LeadSpecAssertions.assertThat(evaluator.evaluate(lead)).isRejectedFor("DQ-PHONE").hasStatus("DQ-PHONE", Status.MET);
    }
  }

  @Test
  void an_undeclared_criterion_is_a_caller_error_and_a_contract_that_accepts_nothing_is_named() {
    // given
    Contract impossible = Contract.builder().id("impossible").version(1).title("Impossible").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).build())
        .addCriteria(
            Criterion.builder().id("BIG").title("Big").role(Role.REQUIRED)
                .condition(new Condition.Compare("employees", Operator.GE, Value.of(100))).build(),
            Criterion.builder().id("SMALL").title("Small").role(Role.REQUIRED)
                .condition(new Condition.Compare("employees", Operator.LT, Value.of(10))).build())
        .build();
    // then
    assertThatThrownBy(() -> leads.failingOnly("TA-SIZ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contract it-integrator v1: criterion TA-SIZ is not declared; criteria are [TA-IND, TA-SIZE, Q-UPGRADE, DQ-PHONE]");
    assertThatThrownBy(() -> Leads.of(impossible).accepted()).isInstanceOf(LeadSpecException.class)
        .hasMessage("contract impossible v1: no accepted lead found among 7 covering leads and a seeded search; can any lead be accepted?");
    assertThat(draw(Leads.of(impossible).failingOnly("BIG"), 4, 20))
        .allMatch(lead -> Evaluator.of(impossible).evaluate(lead).reasons().size() == 1);
  }

  @Test
  void a_lead_failing_TA_SIZE_with_7_employees_shrinks_to_49_employees_and_nothing_else() {
    // given
    Lead lead = ItIntegrator.lead("L-7").fact("industry", "RETAIL").fact("employees", 7).fact("plans_upgrade", Answer.YES)
        .fact("phone_invalid", false).fact("notes", "called twice").build();
    // when
    Lead shrunk = leads.shrink(lead, l -> evaluator.evaluate(l).result("TA-SIZE").orElseThrow().status() == Status.NOT_MET);
    // then
    assertThat(LeadProperty.describe(shrunk)).isEqualTo("L-7 {employees = 49}");
  }

  @Test
  void a_code_shrinks_to_the_first_code_that_still_fails_and_a_set_loses_codes() {
    // given
    Lead lead = ItIntegrator.lead("L-8").fact("industry", "RETAIL").fact("employees", 7).build();
    // when
    Lead shrunk = leads.shrink(lead, l -> {
      Verdict verdict = evaluator.evaluate(l);
      return verdict.result("TA-IND").orElseThrow().status() == Status.MET;
    });
    // then
    assertThat(LeadProperty.describe(shrunk)).isEqualTo("L-8 {industry = MANUFACTURING}");
    assertThatThrownBy(() -> leads.shrink(lead, l -> false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead L-8: does not fail, so there is nothing to shrink");
  }

  static List<Lead> draw(LeadGenerator generator, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Lead> drawn = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      drawn.add(generator.next(random));
    }
    return drawn;
  }
}
