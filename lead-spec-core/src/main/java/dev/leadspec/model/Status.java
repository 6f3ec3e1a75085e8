package dev.leadspec.model;

import dev.leadspec.internal.Kleene;

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

  private static final Status[] STATUSES = values();

  /**
   * Kleene conjunction.
   *
   * @param other the other operand
   * @return NOT_MET if either is NOT_MET, else UNKNOWN if either is UNKNOWN, else MET
   */
  public Status and(Status other) {
    return STATUSES[Kleene.and(ordinal(), other.ordinal())];
  }

  /**
   * Kleene disjunction.
   *
   * @param other the other operand
   * @return MET if either is MET, else UNKNOWN if either is UNKNOWN, else NOT_MET
   */
  public Status or(Status other) {
    return STATUSES[Kleene.or(ordinal(), other.ordinal())];
  }

  /**
   * Kleene negation: swaps MET and NOT_MET, keeps UNKNOWN.
   *
   * @return the negation
   */
  public Status not() {
    return STATUSES[Kleene.not(ordinal())];
  }
}
