package dev.leadspec.internal;

/**
 * Kleene's three-valued logic on status codes, the one place its rules are written: the
 * evaluator, the generated evaluator, the analysis and the model's {@code Status} all use these. A code is
 * a status's ordinal ({@link #MET} 0, {@link #NOT_MET} 1, {@link #UNKNOWN} 2), so {@code 1 << code}
 * is its bit in a set of statuses.
 */
public final class Kleene {
  /** The code of a met condition. */
  public static final int MET = 0;
  /** The code of a condition not met. */
  public static final int NOT_MET = 1;
  /** The code of an unknown condition. */
  public static final int UNKNOWN = 2;

  private Kleene() {}

  /**
   * Negation: swaps met and not met, keeps unknown.
   *
   * @param a a status code
   * @return the negation's code
   */
  public static int not(int a) {
    return a == MET ? NOT_MET : a == NOT_MET ? MET : UNKNOWN;
  }

  /**
   * Conjunction: not met if either is, else unknown if either is, else met.
   *
   * @param a a status code
   * @param b a status code
   * @return the conjunction's code
   */
  public static int and(int a, int b) {
    if (a == NOT_MET || b == NOT_MET) {
      return NOT_MET;
    }
    return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : MET;
  }

  /**
   * Disjunction: met if either is, else unknown if either is, else not met.
   *
   * @param a a status code
   * @param b a status code
   * @return the disjunction's code
   */
  public static int or(int a, int b) {
    if (a == MET || b == MET) {
      return MET;
    }
    return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : NOT_MET;
  }

  /**
   * A threshold over parts whose statuses were counted: met when at least {@code count} are met,
   * not met when fewer than {@code count} are met or unknown, otherwise unknown. Conjunction is
   * the threshold of all parts, disjunction the threshold of one.
   *
   * @param met how many parts are met
   * @param unknown how many parts are unknown
   * @param count how many parts must be met
   * @return the threshold's code
   */
  public static int atLeast(int met, int unknown, int count) {
    if (met >= count) {
      return MET;
    }
    return met + unknown < count ? NOT_MET : UNKNOWN;
  }
}
