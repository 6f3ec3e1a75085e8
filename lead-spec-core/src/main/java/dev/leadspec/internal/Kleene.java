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

  // ------------------------------------------------------------------ lifted to sets of statuses

  /**
   * The set holding one status: its bit, {@code 1 << code}. The analysis evaluates a condition
   * on a whole box of leads at once, so it works with the set of statuses the condition can
   * take there, a mask of these bits.
   *
   * <pre>{@code
   * Kleene.set(Kleene.MET) | Kleene.set(Kleene.UNKNOWN); // 0b101: met or unknown
   * }</pre>
   *
   * @param code a status code
   * @return the mask of that status alone
   */
  public static int set(int code) {
    return 1 << code;
  }

  /**
   * Whether a set of statuses holds exactly one status (the condition is constant on the box).
   *
   * <pre>{@code
   * Kleene.isSingle(Kleene.set(Kleene.MET)); // true
   * }</pre>
   *
   * @param set a mask of status bits
   * @return true when exactly one bit is set
   */
  public static boolean isSingle(int set) {
    return set != 0 && (set & (set - 1)) == 0;
  }

  /**
   * The code of the one status a single set holds.
   *
   * <pre>{@code
   * Kleene.codeOf(Kleene.set(Kleene.UNKNOWN)); // 2
   * }</pre>
   *
   * @param set a mask with exactly one status bit
   * @return that status's code
   * @throws IllegalArgumentException when the set does not hold exactly one status
   */
  public static int codeOf(int set) {
    if (!isSingle(set)) {
      throw new IllegalArgumentException("status set " + set + " does not hold exactly one status");
    }
    return Integer.numberOfTrailingZeros(set);
  }

  /**
   * Negation lifted to sets: the statuses {@link #not} gives for the statuses of the set.
   *
   * <pre>{@code
   * Kleene.notOfSet(Kleene.set(Kleene.MET) | Kleene.set(Kleene.UNKNOWN)); // not met or unknown
   * }</pre>
   *
   * @param set a mask of status bits
   * @return the mask of their negations
   */
  public static int notOfSet(int set) {
    int met = (set >>> MET) & 1;
    int notMet = (set >>> NOT_MET) & 1;
    return (set & set(UNKNOWN)) | (met << NOT_MET) | (notMet << MET);
  }

  /**
   * The threshold lifted to sets, from a tally of the parts' sets: the statuses
   * {@link #atLeast} can give when each part independently takes any status of its own
   * (non-empty) set. Met is possible when {@code count} parts can be met; not met when more
   * than {@code parts - count} can be not met; unknown when some part can be unknown, fewer
   * than {@code count} parts must be met and at most {@code parts - count} must be not met.
   * Conjunction is the threshold of all parts, disjunction the threshold of one.
   *
   * <pre>{@code
   * // all of two parts, one met, one met or unknown: met or unknown
   * Kleene.atLeastOfSets(2, 2, 2, 0, 1, 1, 0); // 0b101
   * }</pre>
   *
   * @param count how many parts must be met
   * @param parts how many parts there are
   * @param canMet how many parts' sets hold met
   * @param canNotMet how many hold not met
   * @param canUnknown how many hold unknown
   * @param onlyMet how many are exactly met
   * @param onlyNotMet how many are exactly not met
   * @return the mask of the statuses the threshold can take
   */
  public static int atLeastOfSets(int count, int parts, int canMet, int canNotMet, int canUnknown, int onlyMet, int onlyNotMet) {
    int result = 0;
    if (canMet >= count) {
      result |= set(MET);
    }
    if (canNotMet > parts - count) {
      result |= set(NOT_MET);
    }
    if (canUnknown > 0 && onlyMet < count && onlyNotMet <= parts - count) {
      result |= set(UNKNOWN);
    }
    return result;
  }

  /**
   * Whether the parts tallied so far decide the threshold whatever the others are: enough are
   * surely met, or too many surely not met. Then {@link #atLeastOfSets} on the partial tally
   * already gives the single status, so a caller may stop evaluating parts.
   *
   * <pre>{@code
   * Kleene.atLeastDecided(3, 3, 0, 1); // true: all of three parts, one surely not met
   * }</pre>
   *
   * @param count how many parts must be met
   * @param parts how many parts there are in all
   * @param onlyMet how many parts tallied so far are exactly met
   * @param onlyNotMet how many are exactly not met
   * @return true when the threshold is decided
   */
  public static boolean atLeastDecided(int count, int parts, int onlyMet, int onlyNotMet) {
    return onlyMet >= count || onlyNotMet > parts - count;
  }

  /**
   * The threshold lifted to sets, over the parts' sets themselves: tallies them and applies
   * {@link #atLeastOfSets}.
   *
   * <pre>{@code
   * int met = Kleene.set(Kleene.MET);
   * int notMet = Kleene.set(Kleene.NOT_MET);
   * Kleene.atLeastOfSets(new int[] {met, met | notMet}, 1); // met
   * }</pre>
   *
   * @param sets each part's non-empty mask of status bits
   * @param count how many parts must be met
   * @return the mask of the statuses the threshold can take
   */
  public static int atLeastOfSets(int[] sets, int count) {
    int canMet = 0;
    int canNotMet = 0;
    int canUnknown = 0;
    int onlyMet = 0;
    int onlyNotMet = 0;
    for (int s : sets) {
      canMet += (s >>> MET) & 1;
      canNotMet += (s >>> NOT_MET) & 1;
      canUnknown += (s >>> UNKNOWN) & 1;
      onlyMet += s == set(MET) ? 1 : 0;
      onlyNotMet += s == set(NOT_MET) ? 1 : 0;
    }
    return atLeastOfSets(count, sets.length, canMet, canNotMet, canUnknown, onlyMet, onlyNotMet);
  }
}
