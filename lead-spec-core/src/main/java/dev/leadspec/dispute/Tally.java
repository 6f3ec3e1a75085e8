package dev.leadspec.dispute;

import dev.leadspec.model.Money;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The counts of one part of a {@link Statement}: all leads, one contract version, or one day.
 * They add up: {@code billable + rejected + upheldAgainst == leads}.
 *
 * <pre>{@code
 * Tally total = statement.total();
 * total.billable();     // 71
 * total.amountDue();    // [174000 RUB]
 * }</pre>
 */
@Value.Immutable
public abstract class Tally {
  Tally() {}

  static ImmutableTally.Builder builder() {
    return ImmutableTally.builder();
  }

  /**
   * What the tally covers: {@code total}, {@code it-integrator v1}, {@code 2026-03-02}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Leads delivered.
   *
   * @return the count
   */
  public abstract long leads();

  /**
   * Leads accepted as delivered, before any challenge.
   *
   * @return the count
   */
  public abstract long accepted();

  /**
   * Leads to be paid: accepted and not overturned, plus rejected leads reinstated by the supplier.
   *
   * @return the count
   */
  public abstract long billable();

  /**
   * Leads that stand rejected.
   *
   * @return the count
   */
  public abstract long rejected();

  /**
   * Accepted leads overturned by an upheld challenge.
   *
   * @return the count
   */
  public abstract long upheldAgainst();

  /**
   * Rejected leads accepted after an upheld challenge (counted in {@link #billable()}).
   *
   * @return the count
   */
  public abstract long reinstated();

  /**
   * Leads that stand rejected only because facts were unknown: the supplier owes replacements.
   *
   * @return the count
   */
  public abstract long replacementsOwed();

  /**
   * Standing rejections by criterion id, in the contract's order.
   *
   * @return the counts
   */
  public abstract Map<String, Long> rejectionsByReason();

  /**
   * Challenges upheld.
   *
   * @return the count
   */
  public abstract long challengesUpheld();

  /**
   * Challenges dismissed, by ground, in the order of {@link Ground}.
   *
   * @return the counts
   */
  public abstract Map<Ground, Long> challengesDismissed();

  /**
   * The amount due for the billable leads, one amount per currency, by currency code.
   *
   * @return the amounts
   */
  public abstract List<Money> amountDue();

  @Value.Check
  void check() {
    if (billable() + rejected() + upheldAgainst() != leads()) {
      throw new IllegalStateException("tally " + label() + ": billable " + billable() + " + rejected " + rejected()
          + " + upheld against " + upheldAgainst() + " != leads " + leads());
    }
  }
}
