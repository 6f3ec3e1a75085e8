package dev.leadspec.test;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Role;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The ready-made properties every contract should have, checked over its covering leads and
 * seeded random ones: the same lead always gets the same verdict; a verdict's reasons are
 * exactly its failing criteria; a lead failing exactly one criterion is rejected for exactly that
 * one (and every criterion can fail alone); every accepted lead gets one row of each complete
 * table and never two rows of a UNIQUE table. A failure reports a shrunk lead and the seed.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> the_contract_has_the_ready_made_properties() {
 *   return ContractProperties.of(contract).dynamicTests();
 * }
 * }</pre>
 */
public final class ContractProperties {
  private final Contract contract;
  private final long seed;
  private final int tries;
  private final Leads leads;
  private final Evaluator evaluator;

  private ContractProperties(Contract contract, Leads leads, long seed, int tries) {
    this.contract = contract;
    this.leads = leads;
    this.evaluator = Evaluator.of(contract);
    this.seed = seed;
    this.tries = tries;
  }

  /**
   * The ready-made properties of a contract, with {@link LeadProperty#DEFAULT_SEED} and
   * {@link LeadProperty#DEFAULT_TRIES} random leads per property.
   *
   * <pre>{@code
   * ContractProperties.of(contract).checkAll();
   * }</pre>
   *
   * @param contract the contract
   * @return its properties
   */
  public static ContractProperties of(Contract contract) {
    Objects.requireNonNull(contract, "contract");
    return new ContractProperties(contract, Leads.of(contract), LeadProperty.DEFAULT_SEED, LeadProperty.DEFAULT_TRIES);
  }

  /**
   * The same properties under another seed ({@code -Dleadspec.seed} still overrides it).
   *
   * <pre>{@code
   * ContractProperties.of(contract).seed(7L).checkAll();
   * }</pre>
   *
   * @param seed the seed
   * @return the properties
   */
  public ContractProperties seed(long seed) {
    return new ContractProperties(contract, leads, seed, tries);
  }

  /**
   * The same properties over another number of random leads each ({@code -Dleadspec.tries} still
   * overrides it).
   *
   * <pre>{@code
   * ContractProperties.of(contract).tries(1000).checkAll();
   * }</pre>
   *
   * @param tries random leads per property, zero or more
   * @return the properties
   * @throws IllegalArgumentException if {@code tries} is negative
   */
  public ContractProperties tries(int tries) {
    if (tries < 0) {
      throw new IllegalArgumentException("tries " + tries + " is negative");
    }
    return new ContractProperties(contract, leads, seed, tries);
  }

  private LeadProperty property(String name, LeadGenerator generator) {
    return LeadProperty.forAll(generator).named(contract.reference() + ": " + name).seed(seed).tries(tries);
  }

  /**
   * The same lead gets an equal verdict and the same explanation from one evaluator, from a
   * fresh one, and with its facts given in another order.
   *
   * <pre>{@code
   * ContractProperties.of(contract).determinism();
   * }</pre>
   *
   * @throws AssertionError with the shrunk lead and the seed when a verdict differs
   */
  public void determinism() {
    Evaluator fresh = Evaluator.of(contract);
    property("determinism", leads.random()).examples(leads.covering()).check(lead -> {
      Verdict first = evaluator.evaluate(lead);
      Verdict again = evaluator.evaluate(lead);
      Verdict other = fresh.evaluate(lead);
      Verdict reordered = evaluator.evaluate(reversed(lead));
      for (Verdict verdict : List.of(again, other, reordered)) {
        if (!first.equals(verdict) || !first.explanation().equals(verdict.explanation())
            || !first.toString().equals(verdict.toString())) {
          throw new AssertionError("two evaluations of lead " + lead.id() + " differ:\n" + first.explanation()
              + "and\n" + verdict.explanation());
        }
      }
    });
  }

  private static Lead reversed(Lead lead) {
    List<Map.Entry<String, Value>> facts = new ArrayList<>(lead.facts().entrySet());
    java.util.Collections.reverse(facts);
    Lead.Builder builder = Lead.builder().id(lead.id()).deliveredAt(lead.deliveredAt());
    for (Map.Entry<String, Value> fact : facts) {
      builder.fact(fact.getKey(), fact.getValue());
    }
    return builder.evidence(lead.evidence()).build();
  }

  /**
   * A verdict's reasons are complete and nothing else: a rejected lead's reasons are every
   * required criterion that does not hold and every disqualifier that fires, in declaration
   * order; an accepted lead's reasons are its required criteria; an UNKNOWN status counts as the
   * criterion's unknown policy says; a rejected lead has no table outputs.
   *
   * <pre>{@code
   * ContractProperties.of(contract).reasonsComplete();
   * }</pre>
   *
   * @throws AssertionError with the shrunk lead and the seed when a verdict's reasons are wrong
   */
  public void reasonsComplete() {
    property("reasons complete", leads.random()).examples(leads.covering()).check(lead -> {
      Verdict verdict = evaluator.evaluate(lead);
      List<String> failing = new ArrayList<>();
      List<String> required = new ArrayList<>();
      for (Criterion criterion : contract.criteria()) {
        CriterionResult result = verdict.result(criterion.id())
            .orElseThrow(() -> new AssertionError("verdict has no result for criterion " + criterion.id() + "\n" + verdict.explanation()));
        Status counted = result.status() == Status.UNKNOWN ? criterion.unknownAs() : result.status();
        if (result.countedAs() != counted) {
          throw new AssertionError("criterion " + criterion.id() + " is " + result.status() + " and should count as " + counted
              + ", but counts as " + result.countedAs() + "\n" + verdict.explanation());
        }
        if (criterion.role() == Role.REQUIRED) {
          required.add(criterion.id());
        }
        if (criterion.role() == Role.REQUIRED ? counted != Status.MET : counted == Status.MET) {
          failing.add(criterion.id());
        }
      }
      List<String> reasons = VerdictMessages.reasonIds(verdict);
      boolean accepted = failing.isEmpty();
      List<String> expected = accepted ? required : failing;
      if (verdict.isAccepted() != accepted || !reasons.equals(expected)) {
        throw new AssertionError("lead " + lead.id() + " should be " + (accepted ? "ACCEPTED" : "REJECTED") + " with reasons "
            + expected + ", but is " + verdict.outcome() + " with reasons " + reasons + "\n" + verdict.explanation());
      }
      if (!accepted && !verdict.tables().isEmpty()) {
        throw new AssertionError("rejected lead " + lead.id() + " has table outputs " + verdict.tables() + "\n" + verdict.explanation());
      }
    });
  }

  /**
   * Every criterion can fail alone, and a lead that fails exactly one criterion is rejected for
   * exactly that one.
   *
   * <pre>{@code
   * ContractProperties.of(contract).exactlyOneFailing();
   * }</pre>
   *
   * @throws AssertionError naming each criterion that cannot fail alone (it never decides the
   *     outcome by itself), or with the shrunk lead and the seed when such a lead has other
   *     reasons
   */
  public void exactlyOneFailing() {
    List<String> problems = new ArrayList<>();
    int perCriterion = contract.criteria().isEmpty() ? 0 : Math.max(10, tries / contract.criteria().size());
    for (Criterion criterion : contract.criteria()) {
      LeadGenerator generator;
      try {
        generator = leads.failingOnly(criterion.id());
      } catch (LeadSpecException e) {
        problems.add(e.getMessage());
        continue;
      }
      property("leads failing only " + criterion.id() + " are rejected for exactly it", generator).tries(perCriterion)
          .check(lead -> LeadSpecAssertions.assertThat(evaluator.evaluate(lead)).isRejectedFor(criterion.id()));
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
  }

  /**
   * Every accepted lead matches a row of each complete table, and never two rows of a UNIQUE
   * table: nothing is silently left unpriced or priced twice.
   *
   * <pre>{@code
   * ContractProperties.of(contract).tablesTotal();
   * }</pre>
   *
   * @throws AssertionError with the shrunk lead and the seed when an accepted lead gets
   *     {@code NO_MATCH} or {@code CONFLICT}, or when the contract accepts no lead at all
   */
  public void tablesTotal() {
    if (contract.tables().isEmpty()) {
      return;
    }
    LeadGenerator accepted;
    try {
      accepted = leads.accepted();
    } catch (LeadSpecException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    List<Lead> examples = new ArrayList<>();
    for (Lead lead : leads.covering()) {
      if (evaluator.evaluate(lead).isAccepted()) {
        examples.add(lead);
      }
    }
    property("tables total on accepted leads", accepted).examples(examples).check(lead -> {
      Verdict verdict = evaluator.evaluate(lead);
      for (Table table : contract.tables()) {
        TableResult.RowMatch status = verdict.table(table.id()).map(TableResult::status).orElse(TableResult.RowMatch.NONE);
        if (table.complete() || status == TableResult.RowMatch.CONFLICT) {
          LeadSpecAssertions.assertThat(verdict).hasTableStatus(table.id(), table.complete() ? TableResult.RowMatch.MATCHED : TableResult.RowMatch.NONE);
        }
      }
    });
  }

  /**
   * Checks every ready-made property and reports every one that fails.
   *
   * <pre>{@code
   * ContractProperties.of(contract).checkAll();
   * }</pre>
   *
   * @throws AssertionError whose message joins every failing property's, the first as its cause
   */
  public void checkAll() {
    List<AssertionError> failures = new ArrayList<>();
    for (Runnable property : List.<Runnable>of(this::determinism, this::reasonsComplete, this::exactlyOneFailing, this::tablesTotal)) {
      try {
        property.run();
      } catch (AssertionError e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      StringBuilder message = new StringBuilder();
      for (AssertionError failure : failures) {
        message.append(failure.getMessage()).append('\n');
      }
      AssertionError error = new AssertionError(message.toString(), failures.get(0));
      for (AssertionError failure : failures.subList(1, failures.size())) {
        error.addSuppressed(failure);
      }
      throw error;
    }
  }

  /**
   * One dynamic test per ready-made property, for a {@code @TestFactory}.
   *
   * <pre>{@code
   * @TestFactory
   * Stream<DynamicTest> properties() { return ContractProperties.of(contract).dynamicTests(); }
   * }</pre>
   *
   * @return four dynamic tests named after the contract and the property
   */
  public Stream<DynamicTest> dynamicTests() {
    String prefix = contract.reference() + ": ";
    return Stream.of(
        DynamicTest.dynamicTest(prefix + "determinism", this::determinism),
        DynamicTest.dynamicTest(prefix + "reasons complete", this::reasonsComplete),
        DynamicTest.dynamicTest(prefix + "exactly one failing criterion", this::exactlyOneFailing),
        DynamicTest.dynamicTest(prefix + "tables total", this::tablesTotal));
  }

  @Override
  public String toString() {
    return "ContractProperties{" + contract.reference() + ", seed " + seed + ", " + tries + " tries}";
  }
}
