package dev.leadspec.dispute;

import dev.leadspec.eval.Verdict;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision on one challenge: its ground (and so UPHELD or DISMISSED), the explanation in words,
 * the contract version that governed the lead with its fingerprint, the corrections admitted
 * and set aside, the original verdict and, when the lead was re-evaluated, the new verdict.
 *
 * <pre>{@code
 * Ruling ruling = arbiter.rule(lead, challenge);
 * ruling.isUpheld();   // false
 * ruling.ground();      // OUT_OF_CONTRACT
 * ruling.explanation(); // "cites SAME-BRAND, which is not a criterion of it-integrator-hardware v1 ..."
 * }</pre>
 */
@Value.Immutable
public abstract class Ruling {
  Ruling() {}

  static ImmutableRuling.Builder builder() {
    return ImmutableRuling.builder();
  }

  /**
   * The challenge ruled on.
   *
   * @return the challenge
   */
  public abstract Challenge challenge();

  /**
   * Why it was decided so.
   *
   * @return the ground
   */
  public abstract Ground ground();

  /**
   * Why, in English words a person reads, with the dates, criteria and versions that decided:
   * the record of the ruling (JSON writes it as {@code grounds}). Rendered documents name the
   * {@link #ground()} in their own language.
   *
   * @return the words
   */
  public abstract String explanation();

  /**
   * The verdict challenged, under the governing version.
   *
   * @return the original verdict
   */
  public abstract Verdict original();

  /**
   * The verdict with the admissible corrections, when the lead was re-evaluated.
   *
   * @return the new verdict
   */
  public abstract Optional<Verdict> reevaluated();

  /**
   * Corrections the ruling took into account.
   *
   * @return the admitted corrections
   */
  public abstract List<Correction> admitted();

  /**
   * Corrections recorded after delivery that no cited criterion admits.
   *
   * @return the corrections set aside
   */
  public abstract List<Correction> setAside();

  /**
   * Cited ids that are not criteria of the governing version.
   *
   * @return the ids
   */
  public abstract List<String> outOfContractCitations();

  /**
   * Whether the challenge is upheld.
   *
   * @return true if UPHELD
   */
  public boolean isUpheld() {
    return ground().upholds();
  }

  /**
   * The lead's id.
   *
   * @return the id
   */
  public String leadId() {
    return challenge().leadId();
  }

  /**
   * The governing version's fingerprint.
   *
   * @return 64 hex digits
   */
  public String contractFingerprint() {
    return original().contractFingerprint();
  }

  /**
   * The verdict that stands after this ruling: the new one if upheld, else the original.
   *
   * @return the verdict
   */
  public Verdict standing() {
    return isUpheld() ? reevaluated().orElseThrow() : original();
  }

  @Override
  public String toString() {
    return (isUpheld() ? "UPHELD" : "DISMISSED") + " (" + ground() + ") challenge by " + challenge().filedBy() + " of lead "
        + leadId() + " under " + original().contract().reference() + ": " + explanation();
  }
}
