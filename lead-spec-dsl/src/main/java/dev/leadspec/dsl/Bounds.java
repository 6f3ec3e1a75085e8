package dev.leadspec.dsl;

/**
 * Which ends of a range belong to it. Ranges are {@link #CLOSED} (inclusive) unless stated.
 *
 * <pre>{@code
 * SCORE.between(0, 7, Bounds.CLOSED_OPEN);  // 0 ≤ score < 7
 * }</pre>
 */
public enum Bounds {
  /** Both ends included: {@code [low, high]}. */
  CLOSED(true, true),
  /** Both ends excluded: {@code (low, high)}. */
  OPEN(false, false),
  /** Low end included, high end excluded: {@code [low, high)}. */
  CLOSED_OPEN(true, false),
  /** Low end excluded, high end included: {@code (low, high]}. */
  OPEN_CLOSED(false, true);

  final boolean lowInclusive;
  final boolean highInclusive;

  Bounds(boolean lowInclusive, boolean highInclusive) {
    this.lowInclusive = lowInclusive;
    this.highInclusive = highInclusive;
  }
}
