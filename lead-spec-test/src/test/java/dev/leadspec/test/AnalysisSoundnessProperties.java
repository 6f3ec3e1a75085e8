package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.analysis.ContractAnalysis;
import dev.leadspec.analysis.Finding;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Lead;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Soundness of the exact analysis against the evaluator, on 10 000 contracts from this module's
 * {@link RandomContracts}, each checked on its covering leads (every code, bound ±1, unknown) and
 * random ones: whatever the analysis proves holds for every lead, and every example lead shows
 * its finding. Rerun one contract with {@code -Dleadspec.seed=<seed>}.
 */
class AnalysisSoundnessProperties {
  private static final long BASE_SEED = 0x50_0D_2026L;
  private static final int CONTRACTS = 10_000;
  private static final int COVERING = 24;
  private static final int RANDOM = 8;

  @Test
  void what_the_analysis_proves_holds_for_every_generated_lead_and_every_example_shows_its_finding() {
    String fixed = System.getProperty(LeadProperty.SEED_PROPERTY);
    long first = fixed == null ? BASE_SEED : Long.parseLong(fixed);
    int count = fixed == null ? CONTRACTS : 1;
    int incomplete = 0;
    for (int i = 0; i < count; i++) {
      long seed = first + i;
      Contract contract = RandomContracts.next(new SplittableRandom(seed));
      try {
        incomplete += check(contract, seed) ? 0 : 1;
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("failed for seed " + seed + " (rerun with -D" + LeadProperty.SEED_PROPERTY + "=" + seed + "): "
            + contract + " " + contract.criteria() + " " + contract.tables() + "\n" + e.getMessage(), e);
      }
    }
    assertThat(incomplete).as("contracts the analysis could not finish within its budget").isLessThan(count / 100 + 1);
  }

  /** Checks one contract; false when the analysis reached its budget (nothing is claimed then). */
  private static boolean check(Contract contract, long seed) {
    ContractAnalysis analysis = ContractAnalysis.of(contract);
    if (!analysis.isComplete()) {
      return false;
    }
    Evaluator evaluator = Evaluator.of(contract);
    for (Finding finding : analysis.findings()) {
      finding.example().ifPresent(example -> assertShows(finding, evaluator.evaluate(example)));
    }
    boolean unsatisfiable = !analysis.findings(Finding.Code.UNSATISFIABLE).isEmpty();
    assertThat(unsatisfiable).as("unsatisfiable exactly when there is no witness")
        .isNotEqualTo(!analysis.findings(Finding.Code.WITNESS).isEmpty());
    List<Evaluator> withoutNeverDecisive = new ArrayList<>();
    for (Finding finding : analysis.findings(Finding.Code.NEVER_DECISIVE)) {
      withoutNeverDecisive.add(Evaluator.of(without(contract, finding.criterionIds().get(0))));
    }
    Leads leads = Leads.of(contract);
    List<Lead> sample = new ArrayList<>(leads.covering().subList(0, Math.min(COVERING, leads.covering().size())));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < RANDOM; i++) {
      sample.add(leads.random().next(random));
    }
    for (Lead lead : sample) {
      Verdict verdict = evaluator.evaluate(lead);
      check(!unsatisfiable || !verdict.isAccepted(), "accepted under an unsatisfiable contract", lead);
      for (Evaluator other : withoutNeverDecisive) {
        check(other.evaluate(lead).isAccepted() == verdict.isAccepted(), "outcome changes without a never-decisive criterion", lead);
      }
      for (TableResult result : verdict.tables()) {
        String table = result.tableId();
        if (result.status() == TableResult.RowMatch.NO_MATCH) {
          check(!findings(analysis, Finding.Code.TABLE_GAP, table).isEmpty(), "gap missed", lead);
        }
        if (result.status() == TableResult.RowMatch.CONFLICT) {
          check(findings(analysis, Finding.Code.TABLE_OVERLAP, table).stream().anyMatch(f -> f.rowIds().equals(result.rowIds())),
              "overlap of " + result.rowIds() + " missed", lead);
        }
        if (result.status() == TableResult.RowMatch.MATCHED) {
          String row = result.rowIds().get(0);
          check(findings(analysis, Finding.Code.SHADOWED_ROW, table).stream().noneMatch(f -> f.rowIds().get(0).equals(row)),
              "shadowed row " + row + " wins", lead);
        }
      }
    }
    return true;
  }

  private static void assertShows(Finding finding, Verdict verdict) {
    switch (finding.code()) {
      case WITNESS:
        assertThat(verdict.isAccepted()).as("witness accepted").isTrue();
        break;
      case TABLE_GAP:
        assertThat(verdict.table(finding.tableId().orElseThrow()).map(TableResult::status)).as(finding.toString())
            .contains(TableResult.RowMatch.NO_MATCH);
        break;
      case TABLE_OVERLAP:
        TableResult conflict = verdict.table(finding.tableId().orElseThrow()).orElseThrow();
        assertThat(conflict.status()).as(finding.toString()).isEqualTo(TableResult.RowMatch.CONFLICT);
        assertThat(conflict.rowIds()).as(finding.toString()).isEqualTo(finding.rowIds());
        break;
      case SHADOWED_ROW:
        TableResult won = verdict.table(finding.tableId().orElseThrow()).orElseThrow();
        assertThat(finding.rowIds().subList(1, finding.rowIds().size())).as(finding.toString()).contains(won.rowIds().get(0));
        break;
      default:
        throw new AssertionError("a " + finding.code() + " finding has an example: " + finding);
    }
  }

  /** A fast check for the inner loops: AssertJ only describes the failure. */
  private static void check(boolean holds, String what, Lead lead) {
    if (!holds) {
      assertThat(lead).as(what).isNull();
    }
  }

  private static List<Finding> findings(ContractAnalysis analysis, Finding.Code code, String table) {
    List<Finding> found = new ArrayList<>();
    for (Finding finding : analysis.findings(code)) {
      if (finding.tableId().equals(Optional.of(table))) {
        found.add(finding);
      }
    }
    return found;
  }

  private static Contract without(Contract contract, String criterionId) {
    List<Criterion> criteria = new ArrayList<>(contract.criteria());
    criteria.removeIf(c -> c.id().equals(criterionId));
    return Contract.builder().id(contract.id()).version(contract.version()).title(contract.title())
        .effectiveFrom(contract.effectiveFrom()).zone(contract.zone()).addAllFields(contract.fields()).addAllCriteria(criteria)
        .addAllTables(contract.tables()).terms(contract.terms()).build();
  }
}
