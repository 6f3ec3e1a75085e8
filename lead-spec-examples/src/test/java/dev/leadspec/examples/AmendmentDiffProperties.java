package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.analysis.DiffRegion;
import dev.leadspec.analysis.SemanticDiff;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.test.LeadProperty;
import dev.leadspec.test.Leads;
import dev.leadspec.test.RandomContracts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The semantic diff against both evaluators, over random contracts ({@link RandomContracts})
 * and random amendments of several edits each ({@link RandomAmendments}): every example lead of
 * every region gets, from each evaluator, the outcome, the reasons, the price and the table
 * outputs the region states; and every sampled lead whose verdict differs (outcome, reasons,
 * price, shared table output) falls under a region that states that change. The number of
 * amendments comes from {@code leadspec.diff.amendments} (10 000 in the normal build); rerun one
 * with {@code -Dleadspec.seed=<seed>}.
 */
class AmendmentDiffProperties {
  private static final long BASE_SEED = 0xA3E7_2026L;
  private static final int RANDOM_LEADS = 8;
  private static final int MAX_FIELDS = 4;
  private static final int MAX_CODES = 8;

  @Test
  void every_region_states_what_both_evaluators_say_of_its_examples_and_every_changed_lead_has_its_region() {
    String fixed = System.getProperty(LeadProperty.SEED_PROPERTY);
    long first = fixed == null ? BASE_SEED : Long.parseLong(fixed);
    int count = fixed == null ? Integer.getInteger("leadspec.diff.amendments", 10_000) : 1;
    int incomplete = 0;
    int regions = 0;
    for (int i = 0; i < count; i++) {
      long seed = first + i;
      SplittableRandom random = new SplittableRandom(seed);
      Contract before = small(random);
      Contract after = RandomAmendments.amend(before, random);
      try {
        int found = check(before, after, random);
        incomplete += found < 0 ? 1 : 0;
        regions += Math.max(found, 0);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("failed for seed " + seed + " (rerun with -D" + LeadProperty.SEED_PROPERTY + "=" + seed + "):\n  "
            + before + " " + before.criteria() + " " + before.tables() + " " + before.terms() + "\n  " + after + " "
            + after.criteria() + " " + after.tables() + " " + after.terms() + "\n" + e.getMessage(), e);
      }
    }
    assertThat(incomplete).as("diffs that could not finish within their budget").isLessThan(count / 100 + 1);
    assertThat(regions).as("regions checked").isGreaterThan(count);
  }

  /** A random contract of at most four fields with short code lists, so that ten thousand diffs take seconds. */
  private static Contract small(SplittableRandom random) {
    while (true) {
      Contract contract = RandomContracts.next(random);
      if (contract.fields().size() <= MAX_FIELDS && contract.fields().stream().allMatch(field -> field.codes().size() <= MAX_CODES)) {
        return contract;
      }
    }
  }

  /** Checks one amendment; the number of regions, or -1 when the diff reached its budget. */
  private static int check(Contract before, Contract after, SplittableRandom random) {
    // when
    SemanticDiff diff = SemanticDiff.between(before, after);

    // then
    if (!diff.isComplete()) {
      return -1;
    }
    Evaluator a = Evaluator.of(before);
    Evaluator b = Evaluator.of(after);
    Set<String> changedA = changed(before, after);
    Set<String> changedB = changed(after, before);
    for (DiffRegion region : diff.regions()) {
      assertThat(region.examples()).startsWith(region.example());
      for (Lead example : region.examples()) {
        Verdict va = a.evaluate(example);
        Verdict vb = b.evaluate(example);
        assertThat(differ(before, after, va, vb)).as("the verdicts on %s differ: %s", example, region).isTrue();
        assertThat(mismatch(region, va, vb, changedA, changedB)).as("%s\n%s\n%s", region, va.explanation(), vb.explanation())
            .isEmpty();
      }
    }
    List<Lead> sample = new ArrayList<>();
    for (Contract contract : List.of(before, after)) {
      Leads leads = Leads.of(contract);
      for (int i = 0; i < RANDOM_LEADS; i++) {
        sample.add(leads.random().next(random));
      }
    }
    for (Lead lead : sample) {
      Verdict va = a.evaluate(lead);
      Verdict vb = b.evaluate(lead);
      if (differ(before, after, va, vb)) {
        assertThat(diff.regions()).as("a region for %s\n%s\n%s\n%s", lead, va.explanation(), vb.explanation(), diff)
            .anyMatch(region -> mismatch(region, va, vb, changedA, changedB).isEmpty());
      }
    }
    return diff.regions().size();
  }

  /** The criteria of {@code contract} that the other decides otherwise: absent there, or another role, unknown rule, condition or field. */
  private static Set<String> changed(Contract contract, Contract other) {
    Set<String> changed = new LinkedHashSet<>();
    for (Criterion criterion : contract.criteria()) {
      Optional<Criterion> twin = other.criterion(criterion.id());
      boolean same = twin.isPresent() && twin.get().role() == criterion.role() && twin.get().unknownAs() == criterion.unknownAs()
          && twin.get().condition().equals(criterion.condition())
          && criterion.condition().fields().stream().allMatch(f -> contract.field(f).equals(other.field(f)));
      if (!same) {
        changed.add(criterion.id());
      }
    }
    return changed;
  }

  /** Whether two verdicts differ in outcome, reasons (when rejected), price, or the output of a table both have (when accepted). */
  private static boolean differ(Contract before, Contract after, Verdict va, Verdict vb) {
    if (va.outcome() != vb.outcome() || !va.price().equals(vb.price())) {
      return true;
    }
    if (!va.isAccepted()) {
      return !reasons(va).equals(reasons(vb));
    }
    return !tables(before, after, va).equals(tables(before, after, vb));
  }

  private static Map<String, Status> reasons(Verdict verdict) {
    Map<String, Status> reasons = new LinkedHashMap<>();
    for (CriterionResult reason : verdict.reasons()) {
      reasons.put(reason.criterionId(), reason.status());
    }
    return reasons;
  }

  /** The outputs of the tables both contracts have. */
  private static Map<String, String> tables(Contract before, Contract after, Verdict verdict) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Table table : before.tables()) {
      if (after.table(table.id()).isPresent()) {
        outputs.put(table.id(), output(verdict.table(table.id()).orElseThrow()));
      }
    }
    return outputs;
  }

  private static String output(TableResult result) {
    return result.output().map(Object::toString)
        .orElse(result.status() == TableResult.RowMatch.NONE ? "no row" : result.status().name());
  }

  /** What the region states wrongly about these verdicts; empty when it states them exactly. */
  private static List<String> mismatch(DiffRegion region, Verdict va, Verdict vb, Set<String> changedA, Set<String> changedB) {
    List<String> wrong = new ArrayList<>();
    if (region.before() != va.outcome() || region.after() != vb.outcome()) {
      wrong.add("outcomes " + va.outcome() + " → " + vb.outcome());
      return wrong;
    }
    if (!region.beforePrice().equals(va.price()) || !region.afterPrice().equals(vb.price())) {
      wrong.add("prices " + va.price() + " → " + vb.price());
    }
    Map<String, Status> ra = reasons(va);
    Map<String, Status> rb = reasons(vb);
    if (region.before() == Outcome.REJECTED && region.after() == Outcome.REJECTED) {
      Map<String, Status> gone = new LinkedHashMap<>(only(ra, changedA));
      only(rb, changedB).forEach(gone::remove);
      Map<String, Status> added = new LinkedHashMap<>(only(rb, changedB));
      only(ra, changedA).forEach(added::remove);
      Map<String, Status> commonA = new LinkedHashMap<>(ra);
      gone.keySet().forEach(id -> commonA.remove(id, gone.get(id)));
      Map<String, Status> commonB = new LinkedHashMap<>(rb);
      added.keySet().forEach(id -> commonB.remove(id, added.get(id)));
      if (!gone.equals(region.beforeReasons()) || !added.equals(region.afterReasons()) || !commonA.equals(commonB)) {
        wrong.add("reasons " + ra + " → " + rb);
      }
    } else if (region.before() == Outcome.REJECTED) {
      if (!ra.equals(region.beforeReasons()) || !region.afterReasons().isEmpty()) {
        wrong.add("reasons " + ra + " → accepted");
      }
    } else if (region.after() == Outcome.REJECTED) {
      if (!rb.equals(region.afterReasons()) || !region.beforeReasons().isEmpty()) {
        wrong.add("reasons accepted → " + rb);
      }
    } else {
      for (String tableId : region.tableIds()) {
        if (!region.beforeTables().get(tableId).equals(output(va.table(tableId).orElseThrow()))
            || !region.afterTables().get(tableId).equals(output(vb.table(tableId).orElseThrow()))) {
          wrong.add("table " + tableId);
        }
      }
      Map<String, String> ta = tables(va.contract(), vb.contract(), va);
      Map<String, String> tb = tables(va.contract(), vb.contract(), vb);
      for (String tableId : ta.keySet()) {
        if (!region.tableIds().contains(tableId) && !ta.get(tableId).equals(tb.get(tableId))) {
          wrong.add("table " + tableId + " differs but is not named");
        }
      }
    }
    return wrong;
  }

  private static Map<String, Status> only(Map<String, Status> reasons, Set<String> ids) {
    Map<String, Status> kept = new LinkedHashMap<>();
    reasons.forEach((id, status) -> {
      if (ids.contains(id)) {
        kept.put(id, status);
      }
    });
    return kept;
  }
}
