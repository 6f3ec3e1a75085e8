package dev.leadspec.dispute;

import dev.leadspec.eval.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
   * {@link #ground()} in their own language; {@code dev.leadspec.text.Language#explanation}
   * words the whole explanation in another language.
   *
   * @return the words
   */
  @Value.Lazy
  public String explanation() {
    return Explanation.english(this);
  }

  /**
   * When the challenge window of the governing version closed for this lead.
   *
   * <pre>{@code
   * ruling.windowCloses(); // Optional[2026-03-12T09:00:00Z]: ten days after delivery
   * }</pre>
   *
   * @return the instant, empty when the contract sets no window ({@link Instant#MAX} when it
   *     closes past the last instant there is)
   */
  public Optional<Instant> windowCloses() {
    return original().contract().terms().challengeWindow().map(window -> Arbiter.closes(original().lead().deliveredAt(), window));
  }

  /**
   * The cited ids that are criteria of the governing version, each once, in the order cited.
   *
   * <pre>{@code
   * ruling.agreedCitations(); // [TA-SIZE]
   * }</pre>
   *
   * @return the ids
   */
  public List<String> agreedCitations() {
    List<String> agreed = new ArrayList<>();
    for (String id : new LinkedHashSet<>(challenge().citedCriteria())) {
      if (original().contract().criterion(id).isPresent()) {
        agreed.add(id);
      }
    }
    return agreed;
  }

  /**
   * The cited criteria on which re-evaluation turned the outcome, in the order cited: those that
   * uphold the challenge.
   *
   * <pre>{@code
   * ruling.decidingCitations(); // [TA-SIZE] when upheld
   * }</pre>
   *
   * @return the ids; empty unless the challenge is upheld
   */
  public List<String> decidingCitations() {
    return reevaluated().map(verdict -> Arbiter.turnedOn(original(), verdict, agreedCitations())).orElse(List.of());
  }

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
