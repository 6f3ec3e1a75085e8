package dev.leadspec.analysis;

import dev.leadspec.model.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The exact analysis of one contract, for every possible lead: whether any lead can be accepted
 * (with an example), which criteria can never change an outcome, and the gaps, overlaps and
 * shadowed rows of its tables. Nothing is sampled; findings are minimal (one per defect, gaps
 * merged, overlaps as the full set of rows that match together) and every example lead was
 * re-checked through the evaluator. Immutable.
 *
 * <pre>{@code
 * ContractAnalysis analysis = ContractAnalysis.of(contract);
 * analysis.findings().forEach(System.out::println);
 * // ERROR TABLE_GAP: table nps: accepted leads with score > 6 and < 7 match no row, e.g. score = 6.5
 * }</pre>
 */
public final class ContractAnalysis {
  /** The budget of boxes {@link #of(Contract)} examines before it reports {@code ANALYSIS_INCOMPLETE}. */
  public static final int DEFAULT_BUDGET = 200_000;

  private final Contract contract;
  private final List<Finding> findings;
  private final boolean complete;

  private ContractAnalysis(Contract contract, List<Finding> findings, boolean complete) {
    this.contract = contract;
    this.findings = findings;
    this.complete = complete;
  }

  /**
   * Analyses a contract within {@link #DEFAULT_BUDGET} boxes.
   *
   * <pre>{@code
   * boolean gapless = ContractAnalysis.of(contract).findings(Finding.Code.TABLE_GAP).isEmpty();
   * }</pre>
   *
   * @param contract a built contract
   * @return the analysis
   * @throws NullPointerException if {@code contract} is null
   */
  public static ContractAnalysis of(Contract contract) {
    return of(contract, DEFAULT_BUDGET);
  }

  /**
   * Analyses a contract, examining at most {@code budget} boxes in all; past it the analysis
   * reports what it could not decide as {@code ANALYSIS_INCOMPLETE}.
   *
   * <pre>{@code
   * ContractAnalysis quick = ContractAnalysis.of(contract, 10_000);
   * if (!quick.isComplete()) System.out.println("not everything was decided");
   * }</pre>
   *
   * @param contract a built contract
   * @param budget the most boxes to examine, at least 1
   * @return the analysis
   * @throws IllegalArgumentException if {@code budget} is not positive
   * @throws NullPointerException if {@code contract} is null
   */
  public static ContractAnalysis of(Contract contract, int budget) {
    Objects.requireNonNull(contract, "contract");
    if (budget < 1) {
      throw new IllegalArgumentException("budget " + budget + " is not positive");
    }
    Analyzer analyzer = new Analyzer(contract, budget);
    List<Finding> findings = analyzer.run();
    return new ContractAnalysis(contract, findings, analyzer.complete());
  }

  /**
   * The contract analysed.
   *
   * @return the contract
   */
  public Contract contract() {
    return contract;
  }

  /**
   * Every finding: the witness or unsatisfiability first, then criteria, then tables in
   * declaration order, then {@code ANALYSIS_INCOMPLETE} if the budget was reached.
   *
   * <pre>{@code
   * analysis.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
   * }</pre>
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings with one code.
   *
   * <pre>{@code
   * analysis.findings(Finding.Code.TABLE_OVERLAP);
   * }</pre>
   *
   * @param code the code
   * @return the findings with that code, in order
   */
  public List<Finding> findings(Finding.Code code) {
    Objects.requireNonNull(code, "code");
    List<Finding> selected = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.code() == code) {
        selected.add(finding);
      }
    }
    return List.copyOf(selected);
  }

  /**
   * Whether every question was decided within the budget (no {@code ANALYSIS_INCOMPLETE}).
   *
   * <pre>{@code
   * assert ContractAnalysis.of(contract).isComplete();
   * }</pre>
   *
   * @return true when the analysis is complete
   */
  public boolean isComplete() {
    return complete;
  }

  /**
   * Whether some finding is an error: a gap, an overlap, no acceptable lead.
   *
   * <pre>{@code
   * if (ContractAnalysis.of(contract).hasErrors()) refuseToSign();
   * }</pre>
   *
   * @return true when an error was found
   */
  public boolean hasErrors() {
    for (Finding finding : findings) {
      if (finding.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** The contract's reference and one finding per line. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("analysis of ").append(contract.reference()).append(":\n");
    for (Finding finding : findings) {
      text.append("  ").append(finding).append('\n');
    }
    return text.toString();
  }
}
