package dev.leadspec.model;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The inclusive range of {@linkplain Value#orderingKey() ordering keys} that a comparison or a
 * range selects on an integer, date, flag or answer field: exclusive ends are moved inward
 * here, once, for evaluation and analysis alike. Empty when {@code low > high}.
 *
 * <pre>{@code
 * KeyRange.of(Operator.LT, 50);  // KeyRange[low=-9223372036854775808, high=49]
 * new Condition.Between("employees", Value.of(50), Value.of(500), false, true).keyRange();
 *                                 // Optional[KeyRange[low=51, high=500]]
 * }</pre>
 *
 * @param low the least key selected
 * @param high the greatest key selected
 */
public record KeyRange(long low, long high) {
  private static final KeyRange EMPTY = new KeyRange(1, 0);

  /**
   * The keys {@code key op x} selects; {@code =} and {@code ≠} both give the single key (a
   * {@code ≠} is the complement of that).
   *
   * @param op the operator
   * @param key the key compared with
   * @return the range, possibly empty ({@code < Long.MIN_VALUE})
   */
  public static KeyRange of(Operator op, long key) {
    switch (op) {
      case LT:
        return key == Long.MIN_VALUE ? EMPTY : new KeyRange(Long.MIN_VALUE, key - 1);
      case LE:
        return new KeyRange(Long.MIN_VALUE, key);
      case GT:
        return key == Long.MAX_VALUE ? EMPTY : new KeyRange(key + 1, Long.MAX_VALUE);
      case GE:
        return new KeyRange(key, Long.MAX_VALUE);
      default:
        return new KeyRange(key, key);
    }
  }

  /**
   * The keys between two keys, each end inclusive or not.
   *
   * @param low the lower end's key
   * @param lowInclusive whether the lower end belongs to the range
   * @param high the upper end's key
   * @param highInclusive whether the upper end belongs to the range
   * @return the range, possibly empty
   */
  public static KeyRange of(long low, boolean lowInclusive, long high, boolean highInclusive) {
    if (!lowInclusive) {
      if (low == Long.MAX_VALUE) {
        return EMPTY;
      }
      low++;
    }
    if (!highInclusive) {
      if (high == Long.MIN_VALUE) {
        return EMPTY;
      }
      high--;
    }
    return low <= high ? new KeyRange(low, high) : EMPTY;
  }

  /**
   * The range a comparison's value selects, if the value has an ordering key.
   *
   * @param op the operator
   * @param value the value compared with
   * @return the range, or nothing for a value without ordering key
   */
  static Optional<KeyRange> of(Operator op, Value value) {
    OptionalLong key = value.orderingKey();
    return key.isPresent() ? Optional.of(of(op, key.getAsLong())) : Optional.empty();
  }

  /**
   * Whether the range selects no key.
   *
   * @return true when {@code low > high}
   */
  public boolean isEmpty() {
    return low > high;
  }

  /**
   * Whether the range selects a key.
   *
   * @param key the key
   * @return true when {@code low ≤ key ≤ high}
   */
  public boolean contains(long key) {
    return low <= key && key <= high;
  }
}
