package dev.leadspec.test;

import dev.leadspec.model.Lead;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Greedy shrinking: take the first simpler candidate that still fails, until none does. */
final class Shrinking {
  /** A bound on shrinking steps, far above what a lead of a few dozen facts needs. */
  private static final int MAX_STEPS = 10_000;

  private Shrinking() {}

  static Lead shrink(Lead failing, Predicate<Lead> fails, Function<Lead, List<Lead>> candidates) {
    if (!fails.test(failing)) {
      throw new IllegalArgumentException("lead " + failing.id() + ": does not fail, so there is nothing to shrink");
    }
    Lead current = failing;
    for (int step = 0; step < MAX_STEPS; step++) {
      Lead next = null;
      for (Lead candidate : candidates.apply(current)) {
        if (fails.test(candidate)) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
