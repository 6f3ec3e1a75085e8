package dev.leadspec.analysis;

import dev.leadspec.model.Contract;
import java.util.List;
import java.util.Objects;

/**
 * What an amendment changes: first the edits to its text (criteria, fields, tables, terms),
 * then what those edits do to the verdicts: the regions of leads whose outcome, reasons, price
 * or table output differs between two contracts (usually two versions of one), each with
 * example leads, the criteria each version decides them by, the prices, and a sentence a person
 * reads. Fields are matched by name; a field only one contract declares is ignored by the
 * other, as the evaluator ignores facts for undeclared fields. A lead's reasons are compared
 * when it is rejected (an accepted lead's reasons are every required criterion, a matter of the
 * edits); tables are compared when both versions accept, tables only one version has only
 * through the price. Identical contracts give an empty diff. Immutable.
 *
 * <pre>{@code
 * SemanticDiff diff = SemanticDiff.between(v1, v2);
 * diff.edits().forEach(System.out::println);
 * // criterion changed TA-SIZE (condition): required: employees between 50 and 5000 inclusive → ...
 * diff.regions().forEach(System.out::println);
 * // v2 also accepts leads with employees 40–49 (v1 rejects them for TA-SIZE), e.g. employees = 40, ...
 * }</pre>
 */
public final class SemanticDiff {
  private final Contract before;
  private final Contract after;
  private final List<Edit> edits;
  private final List<DiffRegion> regions;
  private final List<Remark> remarks;
  private final boolean complete;

  SemanticDiff(Contract before, Contract after, List<Edit> edits, List<DiffRegion> regions, List<Remark> remarks,
      boolean complete) {
    this.before = before;
    this.after = after;
    this.edits = List.copyOf(edits);
    this.regions = List.copyOf(regions);
    this.remarks = List.copyOf(remarks);
    this.complete = complete;
  }

  /**
   * The semantic diff of two contracts within {@link ContractAnalysis#DEFAULT_BUDGET} boxes.
   *
   * <pre>{@code
   * SemanticDiff.between(v1, v1).isEmpty();  // true
   * }</pre>
   *
   * @param before the earlier contract
   * @param after the later contract
   * @return the diff
   * @throws NullPointerException if a contract is null
   */
  public static SemanticDiff between(Contract before, Contract after) {
    return between(before, after, ContractAnalysis.DEFAULT_BUDGET);
  }

  /**
   * The semantic diff of two contracts, examining at most {@code budget} boxes; past it the
   * diff holds the regions found so far and says it is incomplete.
   *
   * <pre>{@code
   * SemanticDiff diff = SemanticDiff.between(v1, v2, 10_000);
   * if (!diff.isComplete()) System.out.println(diff.remarks());
   * }</pre>
   *
   * @param before the earlier contract
   * @param after the later contract
   * @param budget the most boxes to examine, at least 1
   * @return the diff
   * @throws IllegalArgumentException if {@code budget} is not positive
   * @throws NullPointerException if a contract is null
   */
  public static SemanticDiff between(Contract before, Contract after, int budget) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (budget < 1) {
      throw new IllegalArgumentException("budget " + budget + " is not positive");
    }
    return new Differ(before, after, budget).run();
  }

  /**
   * The earlier contract.
   *
   * @return the contract
   */
  public Contract before() {
    return before;
  }

  /**
   * The later contract.
   *
   * @return the contract
   */
  public Contract after() {
    return after;
  }

  /**
   * The edits from the first contract's text to the second's: criteria added, removed and
   * changed, then fields, tables and terms, each with its words before and after. Terms show
   * here even when no verdict changes (a longer challenge window changes none).
   *
   * <pre>{@code
   * diff.edits().stream().filter(e -> e.kind() == Edit.Kind.TERM_CHANGED).forEach(System.out::println);
   * // term changed challenge window: PT168H → PT720H
   * }</pre>
   *
   * @return the edits, in that order
   */
  public List<Edit> edits() {
    return edits;
  }

  /**
   * The regions whose verdicts differ, each the set of leads with one change: also accepted, no
   * longer accepted, paid or classified otherwise, rejected for other reasons (in that order).
   *
   * <pre>{@code
   * for (DiffRegion region : diff.regions()) System.out.println(region.words());
   * }</pre>
   *
   * @return the regions
   */
  public List<DiffRegion> regions() {
    return regions;
  }

  /**
   * Whether nothing the two sides negotiate differs: no lead gets another outcome, reason, price
   * or table output, and no term changed. Edits that change no verdict and no term (a title, a
   * label, a condition rewritten to the same effect) leave the diff empty.
   *
   * <pre>{@code
   * SemanticDiff.between(contract, contract).isEmpty();  // true
   * }</pre>
   *
   * @return true when the verdicts agree everywhere, the terms are the same, and the diff is complete
   */
  public boolean isEmpty() {
    return regions.isEmpty() && complete && terms().isEmpty();
  }

  /**
   * The edits to the terms: price, price table, challenge window, zone, effective date, and
   * which criteria admit evidence recorded after delivery.
   *
   * <pre>{@code
   * diff.terms();  // [term changed challenge window: PT168H → PT720H]
   * }</pre>
   *
   * @return the term edits
   */
  public List<Edit> terms() {
    return edits.stream().filter(edit -> edit.kind() == Edit.Kind.TERM_CHANGED).collect(java.util.stream.Collectors.toList());
  }

  /**
   * What could not be compared: fields of different kinds, codes only one contract declares,
   * the budget reached.
   *
   * <pre>{@code
   * diff.remarks();  // [field "industry": codes [MINING] are declared in only one contract: ...]
   * }</pre>
   *
   * @return the remarks in English, lower-case fragments
   */
  public List<String> remarks() {
    return remarks.stream().map(Remark::text).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * The remarks as data, in the order of {@link #remarks()}: what a document in another language
   * words ({@code Language.RU.remark(remark)}).
   *
   * <pre>{@code
   * diff.remarkDetails().get(0).kind(); // Remark.Kind.CODES_IN_ONE_CONTRACT
   * }</pre>
   *
   * @return the remarks
   */
  public List<Remark> remarkDetails() {
    return remarks;
  }

  /**
   * Whether every lead was compared within the budget.
   *
   * <pre>{@code
   * assert SemanticDiff.between(v1, v2).isComplete();
   * }</pre>
   *
   * @return true when the diff is complete
   */
  public boolean isComplete() {
    return complete;
  }

  /** The edits, one per line, then one region per line, then the remarks. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("diff of ").append(before.reference()).append(" and ").append(after.reference())
        .append(regions.isEmpty() ? ": no lead gets another verdict\n" : ":\n");
    for (Edit edit : edits) {
      text.append("  edit: ").append(edit).append('\n');
    }
    for (DiffRegion region : regions) {
      text.append("  ").append(region.words()).append('\n');
    }
    for (Remark remark : remarks) {
      text.append("  note: ").append(remark.text()).append('\n');
    }
    return text.toString();
  }
}
