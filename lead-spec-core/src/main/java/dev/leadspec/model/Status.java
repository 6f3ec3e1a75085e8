package dev.leadspec.model;

/**
 * The three-valued (Kleene) result of a condition: a comparison over an unknown fact is
 * {@link #UNKNOWN}, never {@link #NOT_MET}.
 *
 * <pre>{@code
 * Status.MET.and(Status.UNKNOWN);     // UNKNOWN
 * Status.NOT_MET.and(Status.UNKNOWN); // NOT_MET
 * }</pre>
 */
public enum Status {
  /** The condition holds for the lead. */
  MET,
  /** The condition does not hold for the lead. */
  NOT_MET,
  /** The facts the condition reads are not known. */
  UNKNOWN;

  /**
   * Kleene conjunction.
   *
   * @param other the other operand
   * @return NOT_MET if either is NOT_MET, else UNKNOWN if either is UNKNOWN, else MET
   */
  public Status and(Status other) {
    if (this == NOT_MET || other == NOT_MET) {
      return NOT_MET;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : MET;
  }

  /**
   * Kleene disjunction.
   *
   * @param other the other operand
   * @return MET if either is MET, else UNKNOWN if either is UNKNOWN, else NOT_MET
   */
  public Status or(Status other) {
    if (this == MET || other == MET) {
      return MET;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NOT_MET;
  }

  /**
   * Kleene negation: swaps MET and NOT_MET, keeps UNKNOWN.
   *
   * @return the negation
   */
  public Status not() {
    return this == MET ? NOT_MET : this == NOT_MET ? MET : UNKNOWN;
  }
}
