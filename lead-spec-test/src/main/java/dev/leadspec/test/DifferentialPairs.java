package dev.leadspec.test;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Random (contract, lead) pairs for a differential property: two implementations of evaluation
 * that must agree on every pair. Contracts come from {@link RandomContracts#next}, fifty leads per
 * contract from {@link Leads#random()}, and one lead in 25 is made hostile on purpose: a fact of
 * the wrong kind or a code outside its field's set, an undeclared fact, or (three in 25) the whole
 * decimals of its decimal fields given as integers. A disagreement fails with the seed, the
 * contract's seed, the pair's number, the contract and the lead shrunk by
 * {@link Leads#shrink}. Seeded: the same seed gives the same pairs.
 *
 * <pre>{@code
 * DifferentialPairs.Tally tally = DifferentialPairs.standard().check("mine and the interpreter", contract -> {
 *   Evaluator interpreted = Evaluator.of(contract);
 *   MyEvaluator mine = MyEvaluator.of(contract);
 *   return lead -> mine.agreesWith(interpreted, lead) ? Optional.empty() : Optional.of("differs");
 * });
 * assertThat(tally.accepted()).isPositive();
 * }</pre>
 */
public final class DifferentialPairs {
  /** The system property giving the number of pairs ({@value #DEFAULT_PAIRS} unless set). */
  public static final String PAIRS_PROPERTY = "leadspec.differential.pairs";
  /** The number of pairs where {@value #PAIRS_PROPERTY} is not set. */
  public static final int DEFAULT_PAIRS = 100_000;
  private static final int LEADS_PER_CONTRACT = 50;

  private final long seed;
  private final int pairs;

  private DifferentialPairs(long seed, int pairs) {
    this.seed = seed;
    this.pairs = pairs;
  }

  /**
   * The pairs of the build: the seed from {@value LeadProperty#SEED_PROPERTY} (else
   * {@link LeadProperty#DEFAULT_SEED}), their number from {@value #PAIRS_PROPERTY} (else
   * {@value #DEFAULT_PAIRS}; {@code -Plong} sets far more).
   *
   * <pre>{@code
   * DifferentialPairs pairs = DifferentialPairs.standard();
   * }</pre>
   *
   * @return the pairs
   * @throws IllegalArgumentException if the number of pairs set is not positive
   */
  public static DifferentialPairs standard() {
    return of(Long.getLong(LeadProperty.SEED_PROPERTY, LeadProperty.DEFAULT_SEED), Integer.getInteger(PAIRS_PROPERTY, DEFAULT_PAIRS));
  }

  /**
   * So many pairs from a seed.
   *
   * <pre>{@code
   * DifferentialPairs pairs = DifferentialPairs.of(20261124L, 1000);
   * }</pre>
   *
   * @param seed the seed
   * @param pairs how many pairs, at least one
   * @return the pairs
   * @throws IllegalArgumentException if {@code pairs} is not positive
   */
  public static DifferentialPairs of(long seed, int pairs) {
    if (pairs < 1) {
      throw new IllegalArgumentException("differential pairs: " + pairs + " pairs; at least one");
    }
    return new DifferentialPairs(seed, pairs);
  }

  /**
   * The seed.
   *
   * @return the seed the pairs are drawn from
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of pairs.
   *
   * @return how many pairs {@link #check} checks
   */
  public int pairs() {
    return pairs;
  }

  /**
   * Checks every pair: for each contract, asks {@code perContract} for the check of its leads
   * (build the implementations to compare there, once per contract), then checks each lead.
   * Counts each lead's outcome under the interpreter ({@link Evaluator#of(Contract)}), an input
   * error being a {@link LeadInputException}.
   *
   * <pre>{@code
   * Tally tally = DifferentialPairs.standard().check("generated and interpreted evaluation", contract -> {
   *   Evaluator interpreted = Evaluator.of(contract);
   *   Evaluator generated = Evaluator.of(contract, Compilation.GENERATED);
   *   return lead -> compare(interpreted, generated, lead);
   * });
   * }</pre>
   *
   * @param what the two implementations, for the failure message ("x and y")
   * @param perContract the check of one contract's leads
   * @return how many contracts and pairs were checked, and how the leads came out
   * @throws AssertionError on the first pair the check finds a disagreement on
   */
  public Tally check(String what, Function<Contract, Check> perContract) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(perContract, "perContract");
    SplittableRandom random = new SplittableRandom(seed);
    int checked = 0;
    int contracts = 0;
    int accepted = 0;
    int inputErrors = 0;
    while (checked < pairs) {
      long contractSeed = random.nextLong();
      SplittableRandom contractRandom = new SplittableRandom(contractSeed);
      Contract contract = RandomContracts.next(contractRandom);
      Check check = Objects.requireNonNull(perContract.apply(contract), "check");
      Evaluator interpreter = Evaluator.of(contract);
      Leads leads = Leads.of(contract);
      LeadGenerator generator = leads.random();
      contracts++;
      for (int i = 0; i < LEADS_PER_CONTRACT && checked < pairs; i++, checked++) {
        Lead lead = hostile(contract, generator.next(contractRandom), contractRandom);
        if (check.disagreement(lead).isPresent()) {
          Lead shrunk = leads.shrink(lead, l -> check.disagreement(l).isPresent());
          throw new AssertionError(what + " disagree (seed " + seed + ", contract seed " + contractSeed + ", pair " + checked
              + ")\ncontract: " + contract.criteria() + "\ntables: " + contract.tables() + "\nshrunk lead: "
              + LeadProperty.describe(shrunk) + "\n" + check.disagreement(shrunk).orElse("(the shrunk lead agrees)")
              + "\nlead as drawn: " + LeadProperty.describe(lead));
        }
        try {
          Verdict verdict = interpreter.evaluate(lead);
          accepted += verdict.isAccepted() ? 1 : 0;
        } catch (LeadInputException e) {
          inputErrors++;
        }
      }
    }
    return new Tally(contracts, checked, accepted, checked - accepted - inputErrors, inputErrors);
  }

  /** The lead as drawn, or now and then with a wrong kind, an undeclared fact, or integers on its decimal fields. */
  private static Lead hostile(Contract contract, Lead lead, SplittableRandom random) {
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
        wrong = random.nextBoolean() ? Value.of(7) : Value.codes("A");
        break;
      default:
        throw new AssertionError(field.kind());
    }
    return Leads.with(lead, field.name(), Optional.of(wrong));
  }

  @Override
  public String toString() {
    return "DifferentialPairs{seed " + seed + ", " + pairs + " pairs}";
  }

  /** What a differential property checks on each lead of one contract. */
  @FunctionalInterface
  public interface Check {
    /**
     * How the two implementations differ on the lead.
     *
     * <pre>{@code
     * Check check = lead -> Optional.ofNullable(differences(interpreted, generated, lead));
     * }</pre>
     *
     * @param lead the lead, as drawn or made hostile
     * @return a description of the difference, or empty where they agree
     */
    Optional<String> disagreement(Lead lead);
  }

  /**
   * How many contracts and pairs a check went through, and how the interpreter decided the
   * leads: a property asserts that each outcome was among them.
   *
   * <pre>{@code
   * assertThat(tally.inputErrors()).isGreaterThan(tally.pairs() / 100);
   * }</pre>
   *
   * @param contracts the random contracts drawn
   * @param pairs the (contract, lead) pairs checked
   * @param accepted the leads the interpreter accepted
   * @param rejected the leads the interpreter rejected
   * @param inputErrors the leads the interpreter refused with a {@link LeadInputException}
   */
  public record Tally(int contracts, int pairs, int accepted, int rejected, int inputErrors) {}
}
