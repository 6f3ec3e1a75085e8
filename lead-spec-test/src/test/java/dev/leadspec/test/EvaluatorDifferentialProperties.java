package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Status;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The production evaluator agrees with {@link ReferenceEvaluator} on random (contract, lead)
 * pairs: outcome, ordered reasons, every criterion's status and counted status, every table's
 * status, rows and output, the facts each criterion read, the price, and which leads are input
 * errors. The number of pairs comes from the
 * system property {@code leadspec.differential.pairs} (100 000 in the normal build, far more
 * under {@code -Plong}); the seed from {@code leadspec.seed}.
 */
class EvaluatorDifferentialProperties {
  private static final int LEADS_PER_CONTRACT = 50;

  @Test
  void the_evaluator_agrees_with_the_naive_reference_on_random_contracts_and_leads() {
    // given
    long seed = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);
    int pairs = Integer.getInteger("leadspec.differential.pairs", 100_000);
    SplittableRandom random = new SplittableRandom(seed);
    int checked = 0;
    int accepted = 0;
    int inputErrors = 0;
    // when
    while (checked < pairs) {
      long contractSeed = random.nextLong();
      SplittableRandom contractRandom = new SplittableRandom(contractSeed);
      Contract contract = RandomContracts.next(contractRandom);
      Evaluator evaluator = Evaluator.of(contract);
      Leads leads = Leads.of(contract);
      LeadGenerator generator = leads.random();
      for (int i = 0; i < LEADS_PER_CONTRACT && checked < pairs; i++, checked++) {
        Lead lead = generator.next(contractRandom);
        int pick = contractRandom.nextInt(50);
        if (pick == 0) {
          lead = wrongKind(contract, lead, contractRandom);
        } else if (pick == 1) {
          lead = Leads.with(lead, "undeclared", Optional.of(Value.of(contractRandom.nextLong())));
        } else if (pick < 5) {
          lead = integersOnDecimalFields(contract, lead);
        }
        String disagreement = disagreement(contract, evaluator, lead);
        if (disagreement != null) {
          Lead shrunk = leads.shrink(lead, l -> disagreement(contract, evaluator, l) != null);
          throw new AssertionError("evaluator and reference disagree (seed " + seed + ", contract seed " + contractSeed
              + ", pair " + checked + ")\ncontract: " + contract.criteria() + "\ntables: " + contract.tables()
              + "\nshrunk lead: " + LeadProperty.describe(shrunk) + "\n" + disagreement(contract, evaluator, shrunk));
        }
        Verdict verdict = verdictOrNull(evaluator, lead);
        if (verdict == null) {
          inputErrors++;
        } else if (verdict.isAccepted()) {
          accepted++;
        }
      }
    }
    // then: the pairs were checked, and both outcomes and input errors were among them
    assertThat(checked).isEqualTo(pairs);
    assertThat(accepted).as("accepted leads among %d pairs", pairs).isGreaterThan(pairs / 20);
    assertThat(pairs - accepted - inputErrors).as("rejected leads among %d pairs", pairs).isGreaterThan(pairs / 20);
    assertThat(inputErrors).as("input errors among %d pairs", pairs).isGreaterThan(0);
  }

  private static Verdict verdictOrNull(Evaluator evaluator, Lead lead) {
    try {
      return evaluator.evaluate(lead);
    } catch (LeadInputException e) {
      return null;
    }
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

  /** The lead with each whole number fact given as an integer (an integer is a decimal by value; an integer stays itself). */
  private static Lead integersOnDecimalFields(Contract contract, Lead lead) {
    Lead changed = lead;
    for (Field field : contract.fields()) {
      Optional<BigDecimal> number = lead.fact(field.name()).flatMap(Value::decimal);
      if (number.isPresent()) {
        try {
          changed = Leads.with(changed, field.name(), Optional.of(Value.of(number.get().longValueExact())));
        } catch (ArithmeticException notWhole) {
          // stays a decimal
        }
      }
    }
    return changed;
  }

  /** The lead with one declared field's fact replaced by a value of another kind, or a code outside its set. */
  private static Lead wrongKind(Contract contract, Lead lead, SplittableRandom random) {
    Field field = contract.fields().get(random.nextInt(contract.fields().size()));
    Value wrong;
    switch (field.kind()) {
      case CHOICE:
        wrong = random.nextBoolean() ? Value.of("NOT-A-CODE") : Value.of(3);
        break;
      case CHOICES:
        wrong = random.nextBoolean() ? Value.codes("A", "NOT-A-CODE") : Value.of("A");
        break;
      case INTEGER:
        wrong = Value.of(new BigDecimal("6.5"));
        break;
      case DECIMAL:
        wrong = Value.of("6.5");
        break;
      case TEXT:
      case FLAG:
      case ANSWER:
      case DATE:
        wrong = Value.of(7);
        break;
      default:
        throw new AssertionError(field.kind());
    }
    return Leads.with(lead, field.name(), Optional.of(wrong));
  }
}
