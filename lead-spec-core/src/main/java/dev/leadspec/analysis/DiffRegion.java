package dev.leadspec.analysis;

import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Lead;
import java.util.List;
import org.immutables.value.Value;

/**
 * One region of leads whose verdict differs between two contracts: the outcomes before and
 * after, the tables whose output differs, the criteria responsible, the leads in words and an
 * example lead (re-checked with both evaluators).
 *
 * <pre>{@code
 * DiffRegion region = SemanticDiff.between(v1, v2).regions().get(0);
 * region.before();  // REJECTED
 * region.after();   // ACCEPTED
 * region.words();   // v2 also accepts leads with employees 40–49 (v1 rejects them for TA-SIZE), e.g. employees = 40, ...
 * }</pre>
 */
@Value.Immutable
public abstract class DiffRegion {
  DiffRegion() {}

  static ImmutableDiffRegion.Builder builder() {
    return ImmutableDiffRegion.builder();
  }

  /**
   * The outcome under the first contract.
   *
   * @return the outcome
   */
  public abstract Outcome before();

  /**
   * The outcome under the second contract.
   *
   * @return the outcome
   */
  public abstract Outcome after();

  /**
   * The tables whose status or output differs, when both accept; empty otherwise.
   *
   * @return the table ids
   */
  public abstract List<String> tableIds();

  /**
   * The criteria responsible: those that reject the example lead under the contract that rejects
   * it, or, for a table change, none.
   *
   * @return the criterion ids
   */
  public abstract List<String> criterionIds();

  /**
   * The rows that classified the example lead before and after, for a table change.
   *
   * @return the row ids
   */
  public abstract List<String> rowIds();

  /**
   * The leads of the region in words, naming the fields the amendment touched where it can:
   * {@code employees 40–49}; empty when the region is every lead.
   *
   * @return the words
   */
  public abstract String leads();

  /**
   * A lead of the region.
   *
   * @return the example
   */
  public abstract Lead example();

  /**
   * The whole change in one sentence a person reads.
   *
   * @return the words
   */
  public abstract String words();

  /** The words. */
  @Override
  public String toString() {
    return words();
  }
}
