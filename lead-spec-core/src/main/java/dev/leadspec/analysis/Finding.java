package dev.leadspec.analysis;

import dev.leadspec.model.Lead;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of a {@link ContractAnalysis}: a severity, a stable code, a message a person reads,
 * the criteria or table rows involved and, whenever one exists, an example lead that shows it
 * (re-checked through the evaluator before it was reported).
 *
 * <pre>{@code
 * for (Finding finding : ContractAnalysis.of(contract).findings()) {
 *   System.out.println(finding);  // ERROR TABLE_GAP: table nps: accepted leads with score > 6 and < 7 match no row, e.g. score = 6.5
 *   finding.example().ifPresent(lead -> evaluator.evaluate(lead));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /**
   * How much it matters.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The stable code tools and tests match on.
   *
   * @return the code
   */
  public abstract Code code();

  /**
   * What was found, in words, with the example's facts.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The criteria involved, in declaration order where it applies.
   *
   * @return the criterion ids
   */
  public abstract List<String> criterionIds();

  /**
   * The table involved, for table findings.
   *
   * @return the table id
   */
  public abstract Optional<String> tableId();

  /**
   * The rows involved, for table findings.
   *
   * @return the row ids
   */
  public abstract List<String> rowIds();

  /**
   * A lead that shows the finding, whenever one exists.
   *
   * @return the example
   */
  public abstract Optional<Lead> example();

  /** {@code SEVERITY CODE: message}. */
  @Override
  public String toString() {
    return severity() + " " + code() + ": " + message();
  }

  /**
   * The stable codes of findings.
   *
   * <pre>{@code
   * analysis.findings(Finding.Code.TABLE_GAP).isEmpty();  // true when no accepted lead falls through
   * }</pre>
   */
  public enum Code {
    /** No lead can be accepted; names a smallest set of criteria that cannot hold together. */
    UNSATISFIABLE(Severity.ERROR),
    /** A lead that is accepted, as an example. */
    WITNESS(Severity.INFO),
    /** The contract has no criteria, so it accepts every lead: rarely what two parties agree to pay for. */
    NO_CRITERIA(Severity.WARNING),
    /** A criterion that cannot change any outcome: implied by others, or a disqualifier that cannot fire when the others hold. */
    NEVER_DECISIVE(Severity.WARNING),
    /** Accepted leads that no row of a complete table matches. */
    TABLE_GAP(Severity.ERROR),
    /** Accepted leads that two or more rows of a UNIQUE table match. */
    TABLE_OVERLAP(Severity.ERROR),
    /** A row of a FIRST table that can never win. */
    SHADOWED_ROW(Severity.WARNING),
    /** The budget on boxes was reached: says what was not decided. */
    ANALYSIS_INCOMPLETE(Severity.WARNING);

    private final Severity severity;

    Code(Severity severity) {
      this.severity = severity;
    }

    /**
     * The severity findings of this code have.
     *
     * @return the severity
     */
    public Severity severity() {
      return severity;
    }
  }
}
