package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The production evaluator agrees with {@link ReferenceEvaluator} on random (contract, lead)
 * pairs ({@link DifferentialPairs}, hostile leads among them): outcome, ordered reasons, every
 * criterion's status and counted status, every table's status, rows and output, the facts each
 * criterion read, the price, and which leads are input errors. The number of pairs comes from the
 * system property {@code leadspec.differential.pairs} (100 000 in the normal build, far more
 * under {@code -Plong}); the seed from {@code leadspec.seed}.
 */
class EvaluatorDifferentialProperties {

  @Test
  void the_evaluator_agrees_with_the_naive_reference_on_random_contracts_and_leads() {
    // given
    DifferentialPairs pairs = DifferentialPairs.standard();
    // when
    DifferentialPairs.Tally tally = pairs.check("evaluator and reference", contract -> {
      Evaluator evaluator = Evaluator.of(contract);
      return lead -> Optional.ofNullable(disagreement(contract, evaluator, lead));
    });
    // then: the pairs were checked, and both outcomes and input errors were among them
    assertThat(tally.pairs()).isEqualTo(pairs.pairs());
    assertThat(tally.accepted()).as("accepted leads among %d pairs", pairs.pairs()).isGreaterThan(pairs.pairs() / 20);
    assertThat(tally.rejected()).as("rejected leads among %d pairs", pairs.pairs()).isGreaterThan(pairs.pairs() / 20);
    assertThat(tally.inputErrors()).as("input errors among %d pairs", pairs.pairs()).isGreaterThan(0);
  }

  /** A description of how the two evaluators differ on the lead, or null when they agree. */
  static String disagreement(Contract contract, Evaluator evaluator, Lead lead) {
    ReferenceEvaluator.Decision expected;
    try {
      expected = ReferenceEvaluator.evaluate(contract, lead);
    } catch (LeadInputException e) {
      try {
        Verdict verdict = evaluator.evaluate(lead);
        return "reference: input error on field " + e.field() + "; evaluator: " + verdict;
      } catch (LeadInputException actual) {
        return actual.field().equals(e.field()) && actual.leadId().equals(lead.id()) ? null
            : "reference: input error on field " + e.field() + "; evaluator: input error on field " + actual.field();
      }
    }
    Verdict verdict;
    try {
      verdict = evaluator.evaluate(lead);
    } catch (LeadInputException e) {
      return "reference: " + expected + "; evaluator: input error " + e.getMessage();
    }
    // reasons read before the results are made read their facts from the lead: they must be the
    // decisive results, facts and all
    List<CriterionResult> lazyReasons = evaluator.evaluate(lead).reasons();
    List<CriterionResult> decisive = new ArrayList<>();
    for (CriterionResult result : verdict.results()) {
      if (result.decisive()) {
        decisive.add(result);
      }
    }
    if (!lazyReasons.equals(decisive)) {
      return "reasons read first: " + lazyReasons + "\ndecisive results: " + decisive;
    }
    List<String> reasons = VerdictMessages.reasonIds(verdict);
    List<Status> statuses = new ArrayList<>();
    List<Status> counted = new ArrayList<>();
    List<List<String>> readings = new ArrayList<>();
    for (CriterionResult result : verdict.results()) {
      statuses.add(result.status());
      counted.add(result.countedAs());
      List<String> read = new ArrayList<>();
      result.facts().forEach(fact -> read.add(fact.toString()));
      readings.add(read);
    }
    List<ReferenceEvaluator.TableDecision> tables = new ArrayList<>();
    for (TableResult table : verdict.tables()) {
      tables.add(new ReferenceEvaluator.TableDecision(table.tableId(), table.status(), table.rowIds(), table.output()));
    }
    ReferenceEvaluator.Decision actual = new ReferenceEvaluator.Decision(verdict.outcome(), reasons, statuses, counted, readings, tables,
        verdict.price());
    return actual.equals(expected) ? null : "reference: " + expected + "\nevaluator: " + actual + "\n" + verdict.explanation();
  }
}
