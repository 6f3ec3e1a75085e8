package dev.leadspec.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import dev.leadspec.model.Value;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reasons come from prepared results or are built per lead; either way they are what the full results say. */
class VerdictReasonsTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:15:00Z");
  private static final long SEED = 7L;

  private static final Contract CONTRACT = Contract.builder().id("it-integrator").version(1).title("Upgrades")
      .effectiveFrom(LocalDate.of(2026, 1, 1))
      .addFields(
          Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("RETAIL", "LOGISTICS", "FINANCE").build(),
          Field.builder().name("employees").kind(FieldKind.INTEGER).build(),
          Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).build(),
          Field.builder().name("duplicate").kind(FieldKind.FLAG).build())
      .addCriteria(
          required("TA-IND", new Condition.In("industry", List.of("RETAIL", "LOGISTICS"), false)),
          required("TA-SIZE", new Condition.Between("employees", Value.of(50), Value.of(5000), true, true)),
          required("Q-UPGRADE", new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES))),
          required("WARM", Condition.any(
              new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES)),
              new Condition.In("industry", List.of("RETAIL"), false))),
          Criterion.builder().id("DUP").title("DUP").role(Role.DISQUALIFIER)
              .condition(new Condition.Compare("duplicate", Operator.EQ, Value.of(true))).build(),
          Criterion.builder().id("SIZE-KNOWN-LATER").title("size, if known").role(Role.REQUIRED).unknownAs(Status.MET)
              .condition(new Condition.Compare("employees", Operator.GE, Value.of(48))).build(),
          Criterion.builder().id("DUP-UNLESS-CHECKED").title("duplicate unless checked").role(Role.DISQUALIFIER)
              .unknownAs(Status.MET).condition(new Condition.Compare("duplicate", Operator.EQ, Value.of(true))).build())
      .build();

  private static Criterion required(String id, Condition condition) {
    return Criterion.builder().id(id).title(id).condition(condition).role(Role.REQUIRED).build();
  }

  @Test
  void a_rejection_lists_every_failed_criterion_with_what_it_read() {
    // given
    Lead lead = Lead.builder().id("L-1").deliveredAt(AT)
        .fact("industry", "FINANCE").fact("employees", 49).fact("duplicate", true).build();

    // when
    Verdict verdict = Evaluator.of(CONTRACT).evaluate(lead);

    // then
    assertThat(verdict.reasons()).extracting(CriterionResult::criterionId)
        .containsExactly("TA-IND", "TA-SIZE", "Q-UPGRADE", "WARM", "DUP", "DUP-UNLESS-CHECKED");
    assertThat(verdict.reasonIds()).containsExactly("TA-IND", "TA-SIZE", "Q-UPGRADE", "WARM", "DUP", "DUP-UNLESS-CHECKED");
    assertThat(verdict.reasons()).extracting(CriterionResult::status)
        .containsExactly(Status.NOT_MET, Status.NOT_MET, Status.UNKNOWN, Status.UNKNOWN, Status.MET, Status.MET);
    assertThat(verdict.reasons().get(1).facts()).extracting(Object::toString).containsExactly("employees = 49");
    assertThat(verdict.reasons().get(3).facts()).extracting(Object::toString)
        .containsExactly("plans_upgrade = unknown", "industry = FINANCE");
  }

  @Test
  void an_unknown_fact_after_a_known_one_on_the_same_thread_is_unknown() {
    // given: one evaluator reuses its slots from lead to lead
    Evaluator evaluator = Evaluator.of(CONTRACT);
    Lead known = Lead.builder().id("L-1").deliveredAt(AT)
        .fact("industry", "RETAIL").fact("employees", 120).fact("plans_upgrade", Answer.YES).fact("duplicate", false).build();
    Lead unknown = Lead.builder().id("L-2").deliveredAt(AT).build();

    // when
    Verdict first = evaluator.evaluate(known);
    Verdict second = evaluator.evaluate(unknown);

    // then
    assertThat(first.isAccepted()).isTrue();
    assertThat(second.reasons()).extracting(CriterionResult::criterionId)
        .containsExactly("TA-IND", "TA-SIZE", "Q-UPGRADE", "WARM", "DUP-UNLESS-CHECKED");
    assertThat(second.reasons()).extracting(CriterionResult::status).containsOnly(Status.UNKNOWN);
  }

  @Test
  void a_reason_read_after_other_leads_were_evaluated_names_the_facts_of_its_own_lead() {
    // given: reasons read their facts when asked, after the evaluator has bound other leads
    Evaluator evaluator = Evaluator.of(CONTRACT);
    Lead small = Lead.builder().id("L-1").deliveredAt(AT)
        .fact("industry", "RETAIL").fact("employees", 49).fact("plans_upgrade", Answer.YES).fact("duplicate", false).build();
    Lead large = Lead.builder().id("L-2").deliveredAt(AT)
        .fact("industry", "FINANCE").fact("employees", 7000).fact("duplicate", true).build();

    // when
    Verdict verdict = evaluator.evaluate(small);
    evaluator.evaluate(large).reasons().forEach(CriterionResult::facts);
    CriterionResult reason = verdict.reasons().get(0);

    // then
    assertThat(reason.criterionId()).isEqualTo("TA-SIZE");
    assertThat(reason.facts()).extracting(Object::toString).containsExactly("employees = 49");
    assertThat(reason.facts()).isSameAs(reason.facts());
    assertThat(reason).hasToString(
        "TA-SIZE TA-SIZE: NOT_MET (decisive); expected employees between 50 and 5000 inclusive; read employees = 49");
  }

  @Test
  void a_verdicts_reasons_and_results_cannot_be_changed() {
    // given
    Verdict verdict = Evaluator.of(CONTRACT).evaluate(Lead.builder().id("L-1").deliveredAt(AT).build());
    CriterionResult first = verdict.results().get(0);

    // then
    assertThatThrownBy(() -> verdict.reasons().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> verdict.reasonIds().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> verdict.reasonIds().get(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> verdict.results().set(0, first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> verdict.reasons().get(0).facts().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(verdict.reasons()).hasSize(5);
  }

  @Test
  void reasons_are_the_decisive_results_and_equal_whichever_is_read_first() {
    // given
    Evaluator evaluator = Evaluator.of(CONTRACT);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 500; i++) {
      Lead lead = randomLead(random, i);

      // when
      Verdict reasonsFirst = evaluator.evaluate(lead);
      List<CriterionResult> reasons = reasonsFirst.reasons();
      Verdict resultsFirst = evaluator.evaluate(lead);
      List<CriterionResult> decisive = new ArrayList<>();
      for (CriterionResult result : resultsFirst.results()) {
        if (result.decisive()) {
          decisive.add(result);
        }
      }

      // then
      assertThat(reasons).as("seed %s, lead %s", SEED, lead).isEqualTo(decisive).isEqualTo(resultsFirst.reasons());
      List<String> ids = reasons.stream().map(CriterionResult::criterionId).toList();
      Verdict idsFirst = evaluator.evaluate(lead);
      assertThat(idsFirst.reasonIds()).as("seed %s, lead %s", SEED, lead).isEqualTo(ids).containsExactlyElementsOf(ids)
          .isEqualTo(resultsFirst.reasonIds());
      for (int k = 0; k < ids.size(); k++) {
        assertThat(idsFirst.reasonIds().get(k)).isEqualTo(ids.get(k));
      }
      assertThat(reasonsFirst).isEqualTo(resultsFirst).hasSameHashCodeAs(resultsFirst);
    }
  }

  @Test
  void a_prepared_result_equals_one_built_from_the_lead() {
    // given
    CompiledContract compiled = new CompiledContract(CONTRACT);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 500; i++) {
      Lead lead = randomLead(random, i);
      Verdict verdict = compiled.evaluate(lead);
      for (int c = 0; c < CONTRACT.criteria().size(); c++) {
        CriterionResult prepared = verdict.results().get(c);
        List<FactReading> facts = new ArrayList<>();
        for (String field : compiled.readFields[c]) {
          facts.add(FactReading.reading(field, lead.fact(field)));
        }

        // when
        CriterionResult built = compiled.result(c, prepared.status().ordinal(), verdict.isAccepted(), facts);

        // then
        assertThat(prepared).as("seed %s, lead %s, criterion %s", SEED, lead, c).isEqualTo(built).hasSameHashCodeAs(built);
      }
    }
  }

  @Test
  void a_contract_with_more_criteria_than_fit_in_a_long_keeps_every_status() {
    // given: 40 criteria, every fifth failing
    Contract.Builder builder = Contract.builder().id("many").version(1).title("Many").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).build());
    List<String> failing = new ArrayList<>();
    for (int c = 0; c < 40; c++) {
      long low = c % 5 == 0 ? 200 : 10;
      builder.addCriteria(required("C-" + c, new Condition.Compare("employees", Operator.GE, Value.of(low))));
      if (c % 5 == 0) {
        failing.add("C-" + c);
      }
    }
    Lead lead = Lead.builder().id("L-1").deliveredAt(AT).fact("employees", 100).build();

    // when
    Verdict verdict = Evaluator.of(builder.build()).evaluate(lead);

    // then
    assertThat(verdict.reasons()).extracting(CriterionResult::criterionId).containsExactlyElementsOf(failing);
    assertThat(verdict.reasonIds()).containsExactlyElementsOf(failing);
  }

  @Test
  void two_threads_sharing_one_evaluator_get_the_verdicts_one_thread_gets() throws Exception {
    // given
    Evaluator evaluator = Evaluator.of(CONTRACT);
    SplittableRandom random = new SplittableRandom(SEED);
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      leads.add(randomLead(random, i));
    }
    List<String> expected = new ArrayList<>();
    for (Lead lead : leads) {
      expected.add(evaluator.evaluate(lead).toString());
    }
    Callable<List<String>> task = () -> {
      List<String> verdicts = new ArrayList<>();
      for (Lead lead : leads) {
        verdicts.add(evaluator.evaluate(lead).toString());
      }
      return verdicts;
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // when
      Future<List<String>> one = pool.submit(task);
      Future<List<String>> two = pool.submit(task);

      // then
      assertThat(one.get()).isEqualTo(expected);
      assertThat(two.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Lead randomLead(SplittableRandom random, int i) {
    Lead.Builder lead = Lead.builder().id("L-" + i).deliveredAt(AT);
    if (random.nextInt(4) > 0) {
      lead.fact("industry", List.of("RETAIL", "LOGISTICS", "FINANCE").get(random.nextInt(3)));
    }
    if (random.nextInt(4) > 0) {
      lead.fact("employees", 45 + random.nextInt(10));
    }
    if (random.nextInt(4) > 0) {
      lead.fact("plans_upgrade", random.nextBoolean() ? Answer.YES : Answer.NO);
    }
    if (random.nextInt(4) > 0) {
      lead.fact("duplicate", random.nextInt(5) == 0);
    }
    return lead.build();
  }
}
