package dev.leadspec.json;

import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A verdict as read back from JSON: which contract version (and fingerprint) decided which lead,
 * the outcome, its reasons and price, and the line itself, which
 * {@link LeadSpecJson#verifyVerdict(byte[], dev.leadspec.eval.Verdict)} confirms byte for byte.
 *
 * <pre>{@code
 * StoredVerdict stored = json.readVerdict(line);
 * stored.contractFingerprint(); // the text both sides agreed to
 * stored.reasons();             // [TA-SIZE, Q-UPGRADE]
 * }</pre>
 */
@Value.Immutable
public abstract class StoredVerdict {
  StoredVerdict() {}

  /**
   * The contract's id.
   *
   * @return the id
   */
  public abstract String contractId();

  /**
   * The contract version that decided.
   *
   * @return the version
   */
  public abstract int contractVersion();

  /**
   * That version's fingerprint.
   *
   * @return 64 lower-case hex digits
   */
  public abstract String contractFingerprint();

  /**
   * The lead's id.
   *
   * @return the id
   */
  public abstract String leadId();

  /**
   * When the lead was delivered.
   *
   * @return the instant
   */
  public abstract Instant deliveredAt();

  /**
   * ACCEPTED or REJECTED.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * The ids of the deciding criteria, in declaration order.
   *
   * @return the reasons
   */
  public abstract List<String> reasons();

  /**
   * What the lead is paid, if anything.
   *
   * @return the price
   */
  public abstract Optional<Money> price();

  /**
   * The verdict's JSON as read, without its line end.
   *
   * @return the JSON text
   */
  public abstract String json();

  @Override
  public String toString() {
    return outcome() + " lead " + leadId() + " under " + contractId() + " v" + contractVersion() + " " + reasons();
  }
}
