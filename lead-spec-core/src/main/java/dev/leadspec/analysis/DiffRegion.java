package dev.leadspec.analysis;

import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One region of leads whose verdict differs between two contracts, the same change for every
 * lead of it: the outcomes before and after; the criteria each version rejects them for, among
 * those the amendment changed (added, removed or edited), with the status each reads; the price
 * each version pays; for leads both accept, the tables whose output differs. The criteria are
 * exact: when one version accepts, they are all the reasons the other gives (the unchanged
 * criteria hold, or it would reject too); when both reject, each version also names whichever
 * unchanged criteria a lead fails, the same ones in both ({@link #sharesUnchangedReasons()}).
 * Every example lead was re-checked with both evaluators.
 *
 * <pre>{@code
 * DiffRegion region = SemanticDiff.between(v1, v2).regions().get(0);
 * region.before();         // REJECTED
 * region.after();          // ACCEPTED
 * region.beforeReasons();  // {TA-SIZE=NOT_MET}
 * region.words();          // v2 also accepts leads with employees 40–49 (v1 rejects them for TA-SIZE), e.g. employees = 40, ...
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
   * The changed criteria the first contract rejects these leads for, each with the status it
   * reads (NOT_MET or UNKNOWN for a required criterion, MET or UNKNOWN for a disqualifier), in
   * the first contract's order; empty when it accepts them. When both versions reject, only
   * those the second does not cite with that status: the rest both cite alike.
   *
   * @return criterion id to status
   */
  public abstract Map<String, Status> beforeReasons();

  /**

   * The changed criteria the second contract rejects these leads for, as {@link #beforeReasons()}.

   *

   * @return criterion id to status

   */
  public abstract Map<String, Status> afterReasons();

  /**
   * Whether both versions reject these leads, so that each also names, besides its
   * {@link #beforeReasons()} or {@link #afterReasons()}, whichever unchanged criteria a lead
   * fails: the same ones in both.
   *
   * @return true when both reject
   */
  @Value.Derived
  public boolean sharesUnchangedReasons() {
    return before() == Outcome.REJECTED && after() == Outcome.REJECTED;
  }

  /**
   * The criteria responsible: the ids of {@link #beforeReasons()} then those of
   * {@link #afterReasons()} not already named.
   *
   * @return the criterion ids
   */
  public abstract List<String> criterionIds();

  /**

   * What the first contract pays for these leads; empty when it rejects them or states no price.

   *

   * @return the price

   */
  public abstract Optional<Money> beforePrice();

  /**

   * What the second contract pays for these leads.

   *

   * @return the price

   */
  public abstract Optional<Money> afterPrice();

  /**
   * The tables both contracts have whose status or output differs on these leads, when both
   * accept them (the words name the price table of both only where it gives no price).
   *
   * @return the table ids
   */
  public abstract List<String> tableIds();

  /**

   * Each of {@link #tableIds()}' output under the first contract: the output, {@code NO_MATCH}, {@code CONFLICT} or {@code no row}.

   *

   * @return table id to output

   */
  public abstract Map<String, String> beforeTables();

  /**

   * Each of {@link #tableIds()}' output under the second contract.

   *

   * @return table id to output

   */
  public abstract Map<String, String> afterTables();

  /**

   * The rows that classified the example lead before and after, for a table change.

   *

   * @return the row ids

   */
  public abstract List<String> rowIds();

  /**
   * The leads of the region in words, by the fields the amendment touched:
   * {@code employees 40–49}; several boxes joined by {@code ; or }; empty when the region is
   * every lead the outcomes allow.
   *
   * @return the words
   */
  public abstract String leads();

  /**
   * The leads of the region as conditions, one per box of {@link #leads()}, each a list of
   * per-field conditions that all hold (empty: no field is restricted): what
   * {@code Markdown.diff} words in the contract's labels.
   *
   * @return the boxes
   */
  public abstract List<List<Condition>> boxes();

  /**

   * A lead of the region.

   *

   * @return the example

   */
  public abstract Lead example();

  /**
   * One example lead per exact box of the region (before the words drop the fields the
   * amendment did not touch), each re-checked with both evaluators; the first is
   * {@link #example()}.
   *
   * @return the examples
   */
  public abstract List<Lead> examples();

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
