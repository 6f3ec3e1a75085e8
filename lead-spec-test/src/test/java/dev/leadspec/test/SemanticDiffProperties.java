package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Soundness of the semantic diff against the evaluator, on contracts from
 * {@link RandomContracts} and an amendment of each ({@link RandomContracts#amend}): every lead
 * whose verdict differs between the versions falls in a region of the diff with those outcomes,
 * and every region's example really gets two different verdicts. Leads are the covering and
 * random leads of both versions. The number of pairs comes from {@code leadspec.diff.contracts}
 * (4 000 in the normal build, 200 000 under {@code -Plong}); rerun one pair with
 * {@code -Dleadspec.seed=<seed>}.
 */
class SemanticDiffProperties {
  private static final long BASE_SEED = 0xD1FF_2026L;
  private static final int COVERING = 12;
  private static final int RANDOM = 6;

  @Test
  void a_diff_names_a_region_whenever_some_lead_gets_another_verdict_and_its_examples_really_differ() {
    String fixed = System.getProperty(LeadProperty.SEED_PROPERTY);
    long first = fixed == null ? BASE_SEED : Long.parseLong(fixed);
    int count = fixed == null ? Integer.getInteger("leadspec.diff.contracts", 4_000) : 1;
    int incomplete = 0;
    for (int i = 0; i < count; i++) {
      long seed = first + i;
      SplittableRandom random = new SplittableRandom(seed);
      Contract before = RandomContracts.next(random);
      Contract after = RandomContracts.amend(before, random);
      try {
        incomplete += check(before, after, random, seed % 8 == 0) ? 0 : 1;
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("failed for seed " + seed + " (rerun with -D" + LeadProperty.SEED_PROPERTY + "=" + seed + "):\n  "
            + before + " " + before.criteria() + " " + before.tables() + "\n  " + after + " " + after.criteria() + " "
            + after.tables() + "\n" + e.getMessage(), e);
      }
    }
    assertThat(incomplete).as("diffs that could not finish within their budget").isLessThan(count / 100 + 1);
  }

  /** Checks one pair; false when the diff reached its budget (nothing is claimed then). */
  private static boolean check(Contract before, Contract after, SplittableRandom random, boolean againstItself) {
    // when
    SemanticDiff diff = SemanticDiff.between(before, after);

    // then
    if (againstItself) {
      assertThat(SemanticDiff.between(before, before).regions()).as("a contract against itself").isEmpty();
    }
    if (!diff.isComplete()) {
      return false;
    }
    Evaluator a = Evaluator.of(before);
    Evaluator b = Evaluator.of(after);
    for (DiffRegion region : diff.regions()) {
      assertThat(key(a.evaluate(region.example()))).as("example of %s", region).isNotEqualTo(key(b.evaluate(region.example())));
    }
    for (Lead lead : sample(before, after, random)) {
      Verdict va = a.evaluate(lead);
      Verdict vb = b.evaluate(lead);
      if (!key(va).equals(key(vb)) && diff.regions().stream().noneMatch(r -> r.before() == va.outcome() && r.after() == vb.outcome())) {
        assertThat(lead).as("no region for " + va.outcome() + " → " + vb.outcome() + ", but the verdicts differ: " + diff).isNull();
      }
    }
    return true;
  }

  private static List<Lead> sample(Contract before, Contract after, SplittableRandom random) {
    List<Lead> sample = new ArrayList<>();
    for (Contract contract : List.of(before, after)) {
      Leads leads = Leads.of(contract);
      sample.addAll(leads.covering().subList(0, Math.min(COVERING, leads.covering().size())));
      for (int i = 0; i < RANDOM; i++) {
        sample.add(leads.random().next(random));
      }
    }
    return sample;
  }

  /** The outcome, a rejection's reasons with their statuses, the price, and each table's status and output, money by value: what a diff compares. */
  private static List<Object> key(Verdict verdict) {
    List<Object> key = new ArrayList<>();
    key.add(verdict.isAccepted());
    if (!verdict.isAccepted()) {
      verdict.reasons().forEach(reason -> key.add(reason.criterionId() + " " + reason.status()));
    }
    key.add(verdict.price());
    for (TableResult result : verdict.tables()) {
      key.add(result.tableId() + " " + result.status() + " " + result.output()
          .map(output -> output instanceof Money money ? money.amount().stripTrailingZeros().toPlainString() + " " + money.currency()
              : output.toString())
          .orElse(""));
    }
    return key;
  }
}
