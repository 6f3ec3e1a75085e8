package dev.leadspec.eval;

import static dev.leadspec.eval.Fixture.contract;
import static dev.leadspec.eval.Fixture.disqualifier;
import static dev.leadspec.eval.Fixture.lead;
import static dev.leadspec.eval.Fixture.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final Contract CONTRACT = contract()
      .addCriteria(
          required("TA-IND", new Condition.In("industry", List.of("MANUFACTURING", "LOGISTICS", "RETAIL"), false)),
          required("TA-SIZE", new Condition.Between("employees", Value.of(50), Value.of(5000), true, true)),
          required("Q-UPGRADE", new Condition.Compare("plans", Operator.EQ, Value.of(Answer.YES))),
          disqualifier("DQ-PHONE", new Condition.Compare("phone_valid", Operator.EQ, Value.of(false))))
      .build();
  private static final Evaluator EVALUATOR = Evaluator.of(CONTRACT);

  private static Lead.Builder good() {
    return lead().fact("industry", "RETAIL").fact("employees", 120).fact("plans", Answer.YES).fact("phone_valid", true);
  }

  @Test
  void a_lead_meeting_every_criterion_is_accepted_for_its_required_criteria() {
    Verdict verdict = EVALUATOR.evaluate(good().build());
    assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(verdict.reasons()).extracting(CriterionResult::criterionId).containsExactly("TA-IND", "TA-SIZE", "Q-UPGRADE");
    assertThat(verdict.result("DQ-PHONE").orElseThrow().decisive()).isFalse();
    assertThat(verdict).hasToString("ACCEPTED lead L-1 under fixture v1");
  }

  @Test
  void the_order_of_a_leads_facts_and_the_facts_no_criterion_reads_do_not_change_its_verdict() {
    // given: the same facts in the contract's order, reversed, and among thirty undeclared ones
    Lead inOrder = lead().fact("industry", "FINANCE").fact("employees", 49).fact("phone_valid", false).build();
    Lead reversed = lead().fact("phone_valid", false).fact("employees", 49).fact("industry", "FINANCE").build();
    Lead.Builder noisy = lead();
    for (int i = 0; i < 30; i++) {
      noisy.fact("crm_column_" + i, i);
      if (i == 3) {
        noisy.fact("employees", 49);
      } else if (i == 17) {
        noisy.fact("phone_valid", false);
      } else if (i == 29) {
        noisy.fact(new String("industry".toCharArray()), new String("FINANCE".toCharArray()));
      }
    }

    // when
    List<Verdict> verdicts = List.of(EVALUATOR.evaluate(inOrder), EVALUATOR.evaluate(reversed), EVALUATOR.evaluate(noisy.build()),
        EVALUATOR.evaluate(inOrder));

    // then
    for (Verdict verdict : verdicts) {
      assertThat(verdict).hasToString("REJECTED lead L-1 under fixture v1: TA-IND (industry = FINANCE), TA-SIZE (employees = 49), "
          + "Q-UPGRADE (plans = unknown), DQ-PHONE (phone_valid = false)");
      assertThat(verdict).isEqualTo(verdicts.get(0));
    }
  }

  @Test
  void a_rejection_lists_every_failing_criterion_in_declaration_order_not_just_the_first() {
    Verdict verdict = EVALUATOR.evaluate(good().fact("industry", "FINANCE").fact("employees", 49).fact("phone_valid", false).build());
    assertThat(verdict.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(verdict.reasons()).extracting(CriterionResult::criterionId).containsExactly("TA-IND", "TA-SIZE", "DQ-PHONE");
    assertThat(verdict).hasToString(
        "REJECTED lead L-1 under fixture v1: TA-IND (industry = FINANCE), TA-SIZE (employees = 49), DQ-PHONE (phone_valid = false)");
  }

  @Test
  void each_result_names_the_facts_it_read_and_what_was_expected() {
    Verdict verdict = EVALUATOR.evaluate(good().fact("employees", 49).build());
    CriterionResult size = verdict.result("TA-SIZE").orElseThrow();
    assertThat(size.status()).isEqualTo(Status.NOT_MET);
    assertThat(size.role()).isEqualTo(Role.REQUIRED);
    assertThat(size.expected()).isEqualTo("employees between 50 and 5000 inclusive");
    assertThat(size.facts()).singleElement().hasToString("employees = 49");
    assertThat(verdict.result("DQ-PHONE").orElseThrow().expected()).isEqualTo("not (phone_valid = false)");
  }

  @Test
  void an_unknown_answer_fails_a_required_criterion_distinctly_from_no() {
    Verdict unknown = EVALUATOR.evaluate(lead().fact("industry", "RETAIL").fact("employees", 120).build());
    Verdict no = EVALUATOR.evaluate(good().fact("plans", Answer.NO).build());
    CriterionResult unknownResult = unknown.result("Q-UPGRADE").orElseThrow();
    assertThat(unknownResult.status()).isEqualTo(Status.UNKNOWN);
    assertThat(unknownResult.countedAs()).isEqualTo(Status.NOT_MET);
    assertThat(unknownResult.decidedByUnknown()).isTrue();
    assertThat(unknownResult.facts()).singleElement().hasToString("plans = unknown");
    assertThat(unknown.rejectedOnlyForUnknowns()).isTrue();
    assertThat(no.result("Q-UPGRADE").orElseThrow().status()).isEqualTo(Status.NOT_MET);
    assertThat(no.rejectedOnlyForUnknowns()).isFalse();
  }

  @Test
  void an_unknown_fact_does_not_fire_a_disqualifier_unless_the_criterion_says_so() {
    Lead phoneUnknown = lead().fact("industry", "RETAIL").fact("employees", 120).fact("plans", Answer.YES).build();
    assertThat(EVALUATOR.evaluate(phoneUnknown).isAccepted()).isTrue();

    Contract strict = contract().addCriteria(Criterion.builder().id("DQ-PHONE").title("Phone invalid")
        .condition(new Condition.Compare("phone_valid", Operator.EQ, Value.of(false)))
        .role(Role.DISQUALIFIER).unknownAs(Status.MET).build()).build();
    Verdict verdict = Evaluator.of(strict).evaluate(phoneUnknown);
    assertThat(verdict.isAccepted()).isFalse();
    assertThat(verdict.reasons()).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.UNKNOWN);
      assertThat(r.countedAs()).isEqualTo(Status.MET);
    });
  }

  @Test
  void a_required_criterion_may_let_an_unknown_fact_pass() {
    Contract lenient = contract().addCriteria(Criterion.builder().id("TA-SIZE").title("Company size")
        .condition(new Condition.Compare("employees", Operator.GE, Value.of(50)))
        .role(Role.REQUIRED).unknownAs(Status.MET).build()).build();
    assertThat(Evaluator.of(lenient).evaluate(lead().build()).isAccepted()).isTrue();
    assertThat(Evaluator.of(lenient).evaluate(lead().fact("employees", 10).build()).isAccepted()).isFalse();
  }

  @Test
  void a_fact_of_the_wrong_kind_is_an_input_error_naming_lead_field_expected_and_given() {
    assertThatThrownBy(() -> EVALUATOR.evaluate(good().fact("employees", new BigDecimal("6.5")).build()))
        .isInstanceOf(LeadInputException.class)
        .hasMessage("lead L-1: field \"employees\" expects an integer, but was given a decimal 6.5")
        .satisfies(e -> {
          LeadInputException error = (LeadInputException) e;
          assertThat(error.leadId()).isEqualTo("L-1");
          assertThat(error.field()).isEqualTo("employees");
          assertThat(error.expected()).isEqualTo("an integer");
          assertThat(error.given()).isEqualTo("a decimal 6.5");
        });
    assertThatThrownBy(() -> EVALUATOR.evaluate(good().fact("plans", "YES").build()))
        .hasMessage("lead L-1: field \"plans\" expects an answer, but was given a text YES");
  }

  @Test
  void a_code_outside_the_fields_set_is_an_input_error_never_a_silent_reject() {
    assertThatThrownBy(() -> EVALUATOR.evaluate(good().fact("industry", "MINING").build()))
        .isInstanceOf(LeadInputException.class)
        .hasMessage("lead L-1: field \"industry\" expects one of [MANUFACTURING, LOGISTICS, RETAIL, FINANCE], but was given \"MINING\"");
    assertThatThrownBy(() -> EVALUATOR.evaluate(good().codes("brands", "VOLVO", "TATRA").build()))
        .hasMessage("lead L-1: field \"brands\" expects codes among [VOLVO, SCANIA, MAN, KAMAZ], but was given \"{VOLVO, TATRA}\"");
  }

  @Test
  void facts_for_undeclared_fields_are_kept_and_ignored() {
    Lead lead = good().fact("crm_owner", "Ivanova").fact("employees_typo", "x").build();
    Verdict verdict = EVALUATOR.evaluate(lead);
    assertThat(verdict.isAccepted()).isTrue();
    assertThat(verdict.lead().fact("crm_owner")).contains(Value.of("Ivanova"));
  }

  @Test
  void equal_inputs_give_equal_verdicts_and_explanations() {
    Verdict first = EVALUATOR.evaluate(good().fact("employees", 5001).build());
    Verdict second = Evaluator.of(CONTRACT).evaluate(good().fact("employees", 5001).build());
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.explanation()).isEqualTo(second.explanation());
    assertThat(first).isNotEqualTo(EVALUATOR.evaluate(good().build()));
  }

  @Test
  void the_explanation_shows_reasons_then_the_other_criteria() {
    Verdict verdict = EVALUATOR.evaluate(good().fact("employees", 49).build());
    assertThat(verdict.explanation()).isEqualTo(
        "REJECTED: lead L-1 under fixture v1\n"
            + "  reasons:\n"
            + "    TA-SIZE TA-SIZE: NOT_MET (decisive); expected employees between 50 and 5000 inclusive; read employees = 49\n"
            + "  other criteria:\n"
            + "    TA-IND TA-IND: MET; expected industry in {MANUFACTURING, LOGISTICS, RETAIL}; read industry = RETAIL\n"
            + "    Q-UPGRADE Q-UPGRADE: MET; expected plans = YES; read plans = YES\n"
            + "    DQ-PHONE DQ-PHONE: NOT_MET; expected not (phone_valid = false); read phone_valid = true\n");
  }

  @Test
  void one_built_evaluator_is_safe_to_share_between_threads() throws Exception {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      leads.add(Lead.builder().id("L-" + i).deliveredAt(Fixture.DELIVERED).fact("industry", "RETAIL")
          .fact("employees", 40 + i % 20).fact("plans", Answer.YES).build());
    }
    List<Verdict> sequential = new ArrayList<>();
    for (Lead lead : leads) {
      sequential.add(EVALUATOR.evaluate(lead));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Verdict>> futures = new ArrayList<>();
      for (Lead lead : leads) {
        futures.add(pool.submit(() -> EVALUATOR.evaluate(lead)));
      }
      for (int i = 0; i < leads.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
