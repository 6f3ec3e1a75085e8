package dev.leadspec.test;

import dev.leadspec.model.Lead;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded source of leads, free of any property engine: {@link #next(SplittableRandom)} draws a
 * lead from the random it is given, and {@link #shrinkCandidates(Lead)} offers simpler leads of the
 * same kind (still accepted, still failing only the named criterion, ...) for an engine's
 * shrinker. The same seed always gives the same leads.
 *
 * <pre>{@code
 * LeadGenerator accepted = Leads.of(contract).accepted();
 * Lead lead = accepted.next(new SplittableRandom(42));
 * }</pre>
 */
@FunctionalInterface
public interface LeadGenerator {

  /**
   * Draws the next lead.
   *
   * <pre>{@code
   * Lead lead = generator.next(new SplittableRandom(seed));
   * }</pre>
   *
   * @param random the only source of randomness
   * @return a lead
   */
  Lead next(SplittableRandom random);

  /**
   * Leads one step simpler than the given one that this generator could also have drawn, best
   * first; empty when none is simpler (the default, for hand-written generators).
   *
   * <pre>{@code
   * for (Lead simpler : generator.shrinkCandidates(failing)) { ... }
   * }</pre>
   *
   * @param lead a lead this generator drew
   * @return simpler leads
   */
  default List<Lead> shrinkCandidates(Lead lead) {
    return List.of();
  }
}
