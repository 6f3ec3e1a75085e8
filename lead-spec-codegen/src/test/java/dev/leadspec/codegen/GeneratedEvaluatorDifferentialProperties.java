package dev.leadspec.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Value;
import dev.leadspec.test.LeadGenerator;
import dev.leadspec.test.LeadProperty;
import dev.leadspec.test.Leads;
import dev.leadspec.test.RandomContracts;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The third party of the differential property (lead-spec-test holds the interpreter to a naive
 * reference): generated evaluation agrees with the interpreter on random (contract, lead) pairs,
 * wrong kinds, codes outside the set, undeclared facts, unknowns and integers on decimal fields
 * among them. Equal are: the outcome and every criterion's status (the packed status bits), the
 * reasons read before the results, the tables and price, {@link Verdict#equals}, the verdict's
 * JSON bytes, and for an input error the exception's class and message. The number of pairs comes
 * from {@code leadspec.differential.pairs} (100 000 in the normal build, more under
 * {@code -Plong}); the seed from {@code leadspec.seed}.
 */
class GeneratedEvaluatorDifferentialProperties {
  private static final int LEADS_PER_CONTRACT = 50;
  private static final LeadSpecJson JSON = LeadSpecJson.standard();

  @Test
  void generated_evaluation_gives_the_interpreters_verdicts_bytes_and_errors_on_random_contracts_and_leads() {
    // given
    long seed = Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED);
    int pairs = Integer.getInteger("leadspec.differential.pairs", 100_000);
    SplittableRandom random = new SplittableRandom(seed);
    int checked = 0;
    int contracts = 0;
    int generated = 0;
    int accepted = 0;
    int inputErrors = 0;
    // when
    while (checked < pairs) {
      long contractSeed = random.nextLong();
      SplittableRandom contractRandom = new SplittableRandom(contractSeed);
      Contract contract = RandomContracts.next(contractRandom);
      Evaluator interpreted = Evaluator.of(contract);
      Evaluator generatedEvaluator = Evaluator.of(contract, Compilation.GENERATED);
      contracts++;
      if (generatedEvaluator.compilation() == Compilation.GENERATED) {
        generated++;
      }
      LeadGenerator leads = Leads.of(contract).random();
      for (int i = 0; i < LEADS_PER_CONTRACT && checked < pairs; i++, checked++) {
        Lead lead = vary(contract, leads.next(contractRandom), contractRandom);
        String disagreement = disagreement(interpreted, generatedEvaluator, lead);
        if (disagreement != null) {
          throw new AssertionError("generated and interpreted evaluation disagree (seed " + seed + ", contract seed "
              + contractSeed + ", pair " + checked + ")\ncontract: " + contract.criteria() + "\ntables: " + contract.tables()
              + "\nlead: " + LeadProperty.describe(lead) + "\n" + disagreement);
        }
        Object outcome = outcome(interpreted, lead);
        if (outcome instanceof Verdict verdict) {
          accepted += verdict.isAccepted() ? 1 : 0;
        } else {
          inputErrors++;
        }
      }
    }
    // then: every contract was generated, and accepted, rejected and erroneous leads were all among the pairs
    assertThat(generated).as("contracts evaluated by generated code").isEqualTo(contracts);
    assertThat(checked).isEqualTo(pairs);
    assertThat(accepted).as("accepted leads among %d pairs", pairs).isGreaterThan(pairs / 20);
    assertThat(pairs - accepted - inputErrors).as("rejected leads among %d pairs", pairs).isGreaterThan(pairs / 20);
    assertThat(inputErrors).as("input errors among %d pairs", pairs).isGreaterThan(pairs / 100);
  }

  /** The lead as drawn, or now and then with a wrong kind, an undeclared fact, or integers on its decimal fields. */
  private static Lead vary(Contract contract, Lead lead, SplittableRandom random) {
    int pick = random.nextInt(25);
    if (pick == 0) {
      return wrongKind(contract, lead, random);
    }
    if (pick == 1) {
      return Leads.with(lead, "undeclared", Optional.of(Value.of(random.nextLong())));
    }
    if (pick < 5) {
      return integersOnDecimalFields(contract, lead);
    }
    return lead;
  }

  /** A description of how the two differ on the lead, or null when they agree. */
  static @Nullable String disagreement(Evaluator interpreted, Evaluator generated, Lead lead) {
    Object expected = outcome(interpreted, lead);
    Object actual = outcome(generated, lead);
    if (expected instanceof RuntimeException e || actual instanceof RuntimeException) {
      if (expected instanceof RuntimeException e && actual instanceof RuntimeException a
          && e.getClass() == a.getClass() && Objects.equals(e.getMessage(), a.getMessage())) {
        return null;
      }
      return "interpreted: " + describe(expected) + "\ngenerated: " + describe(actual);
    }
    Verdict want = (Verdict) expected;
    Verdict got = (Verdict) actual;
    // reasons read first, from fresh verdicts: the lazy path of each
    List<CriterionResult> wantReasons = want.reasons();
    List<CriterionResult> gotReasons = got.reasons();
    if (!wantReasons.equals(gotReasons)) {
      return "reasons read first, interpreted: " + wantReasons + "\ngenerated: " + gotReasons;
    }
    if (want.outcome() != got.outcome() || !statuses(want).equals(statuses(got))) {
      return "statuses, interpreted: " + want.outcome() + " " + statuses(want) + "\ngenerated: " + got.outcome() + " " + statuses(got);
    }
    if (!want.tables().equals(got.tables()) || !want.price().equals(got.price())) {
      return "tables, interpreted: " + want.tables() + " " + want.price() + "\ngenerated: " + got.tables() + " " + got.price();
    }
    if (!want.equals(got)) {
      return "verdicts differ:\n" + want.explanation() + "\n" + got.explanation();
    }
    byte[] wantJson = JSON.writeVerdict(want);
    byte[] gotJson = JSON.writeVerdict(got);
    if (!Arrays.equals(wantJson, gotJson)) {
      return "verdict JSON, interpreted: " + new String(wantJson, java.nio.charset.StandardCharsets.UTF_8)
          + "\ngenerated: " + new String(gotJson, java.nio.charset.StandardCharsets.UTF_8);
    }
    return null;
  }

  private static List<String> statuses(Verdict verdict) {
    return verdict.results().stream().map(r -> r.status() + "/" + r.countedAs() + (r.decisive() ? "!" : "")).toList();
  }

  /** The verdict, or the exception evaluation threw. */
  private static Object outcome(Evaluator evaluator, Lead lead) {
    try {
      return evaluator.evaluate(lead);
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static String describe(Object outcome) {
    return outcome instanceof RuntimeException e ? e.getClass().getName() + ": " + e.getMessage() : ((Verdict) outcome).explanation();
  }

  /** The lead with each whole decimal fact given as an integer (an integer is a decimal by value). */
  private static Lead integersOnDecimalFields(Contract contract, Lead lead) {
    Lead changed = lead;
    for (Field field : contract.fields()) {
      if (lead.fact(field.name()).orElse(null) instanceof Value.DecimalValue d) {
        try {
          changed = Leads.with(changed, field.name(), Optional.of(Value.of(d.number().longValueExact())));
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
        wrong = random.nextBoolean() ? Value.of(7) : Value.codes("A");
        break;
      default:
        throw new AssertionError(field.kind());
    }
    return Leads.with(lead, field.name(), Optional.of(wrong));
  }
}
