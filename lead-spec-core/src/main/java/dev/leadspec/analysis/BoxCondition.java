package dev.leadspec.analysis;

import dev.leadspec.internal.Kleene;

/**
 * A condition of a contract compiled over the space of leads, evaluated on a whole box at once:
 * the result is the set of statuses the condition can take on the box (a mask of {@link #MET},
 * {@link #NOT_MET}, {@link #UNKNOWN}, the bits of {@link Kleene#set}). A single status is exact;
 * a mixed one may over-approximate for composites (their parts are treated as independent even
 * when they read the same field), which only costs a split, never a wrong answer.
 */
abstract class BoxCondition {
  static final int MET = Kleene.set(Kleene.MET);
  static final int NOT_MET = Kleene.set(Kleene.NOT_MET);
  static final int UNKNOWN = Kleene.set(Kleene.UNKNOWN);

  /** The statuses this condition can take on the box. */
  abstract int eval(Box box);

  /**
   * Splits the box along one atomic condition that is not constant on it; called only when
   * {@link #eval} is not a single status.
   */
  abstract Box[] split(Box box);

  static boolean single(int mask) {
    return Kleene.isSingle(mask);
  }

  /** A condition on one dimension: the atoms where it is met, not met and unknown. */
  static final class Leaf extends BoxCondition {
    private final int dim;
    private final AtomSet met;
    private final AtomSet notMet;
    private final AtomSet unknown;

    Leaf(int dim, AtomSet met, AtomSet notMet, AtomSet unknown) {
      this.dim = dim;
      this.met = met;
      this.notMet = notMet;
      this.unknown = unknown;
    }

    @Override
    int eval(Box box) {
      AtomSet set = box.set(dim);
      return (set.intersects(met) ? MET : 0) | (set.intersects(notMet) ? NOT_MET : 0) | (set.intersects(unknown) ? UNKNOWN : 0);
    }

    @Override
    Box[] split(Box box) {
      AtomSet set = box.set(dim);
      AtomSet[] parts = {set.and(met), set.and(notMet), set.and(unknown)};
      int n = 0;
      for (AtomSet part : parts) {
        n += part.isEmpty() ? 0 : 1;
      }
      Box[] children = new Box[n];
      int i = 0;
      for (AtomSet part : parts) {
        if (!part.isEmpty()) {
          children[i++] = box.with(dim, part);
        }
      }
      return children;
    }
  }

  /**
   * A choices field against a set of codes: equal, containing any, containing all. The field's
   * known-ness is one dimension (atom 0 known, atom 1 unknown), each code it mentions another
   * (atom 0 absent, atom 1 present).
   */
  static final class ChoicesCodes extends BoxCondition {
    /** How the field's codes are compared with the condition's: equal to them, containing any, containing all. */
    enum Mode { EQUAL, ANY, ALL }

    private final int knownDim;
    private final int[] bitDims;
    private final boolean[] named;
    private final boolean missing;
    private final Mode mode;

    /**
     * @param bitDims every code dimension of the field (and its "another code" dimension)
     * @param named which of them the condition names
     * @param missing whether the condition names a code no lead can carry in this space
     */
    ChoicesCodes(int knownDim, int[] bitDims, boolean[] named, boolean missing, Mode mode) {
      this.knownDim = knownDim;
      this.bitDims = bitDims;
      this.named = named;
      this.missing = missing;
      this.mode = mode;
    }

    @Override
    int eval(Box box) {
      AtomSet known = box.set(knownDim);
      int result = known.contains(1) ? UNKNOWN : 0;
      if (known.contains(0)) {
        result |= evalKnown(box);
      }
      return result;
    }

    private int evalKnown(Box box) {
      boolean anyCanBePresent = false;
      boolean allCanBeAbsent = true;
      boolean allCanBePresent = true;
      boolean someCanBeAbsent = false;
      boolean othersCanBeAbsent = true;
      boolean someOtherCanBePresent = false;
      for (int i = 0; i < bitDims.length; i++) {
        AtomSet set = box.set(bitDims[i]);
        boolean canAbsent = set.contains(0);
        boolean canPresent = set.contains(1);
        if (named[i]) {
          anyCanBePresent |= canPresent;
          allCanBeAbsent &= canAbsent;
          allCanBePresent &= canPresent;
          someCanBeAbsent |= canAbsent;
        } else {
          othersCanBeAbsent &= canAbsent;
          someOtherCanBePresent |= canPresent;
        }
      }
      switch (mode) {
        case ANY:
          return (anyCanBePresent ? MET : 0) | (allCanBeAbsent ? NOT_MET : 0);
        case ALL:
          if (missing) {
            return NOT_MET;
          }
          return (allCanBePresent ? MET : 0) | (someCanBeAbsent ? NOT_MET : 0);
        default:
          if (missing) {
            return NOT_MET;
          }
          return (allCanBePresent && othersCanBeAbsent ? MET : 0) | (someCanBeAbsent || someOtherCanBePresent ? NOT_MET : 0);
      }
    }

    @Override
    Box[] split(Box box) {
      AtomSet known = box.set(knownDim);
      if (known.contains(0) && known.contains(1)) {
        return new Box[] {box.with(knownDim, AtomSet.of(2, 0)), box.with(knownDim, AtomSet.of(2, 1))};
      }
      for (int i = 0; i < bitDims.length; i++) {
        if (mode != Mode.EQUAL && !named[i]) {
          continue;
        }
        AtomSet set = box.set(bitDims[i]);
        if (set.contains(0) && set.contains(1)) {
          return new Box[] {box.with(bitDims[i], AtomSet.of(2, 1)), box.with(bitDims[i], AtomSet.of(2, 0))};
        }
      }
      throw new IllegalStateException("choices condition is constant on " + box);
    }
  }

  /** Kleene negation. */
  static final class Not extends BoxCondition {
    private final BoxCondition part;

    Not(BoxCondition part) {
      this.part = part;
    }

    @Override
    int eval(Box box) {
      return Kleene.notOfSet(part.eval(box));
    }

    @Override
    Box[] split(Box box) {
      return part.split(box);
    }
  }

  /**
   * Kleene's threshold over parts: at least {@code count} of them met ({@code all} is the
   * threshold of every part, {@code any} of one). Each part's set of statuses is tallied and the
   * lifted rule {@link Kleene#atLeastOfSets} gives the set of the whole; the tally stops as soon
   * as the parts seen decide it ({@link Kleene#atLeastDecided}). Splits along the first part
   * that is not constant.
   */
  static final class Threshold extends BoxCondition {
    private final int count;
    private final BoxCondition[] parts;

    Threshold(int count, BoxCondition[] parts) {
      this.count = count;
      this.parts = parts;
    }

    static Threshold all(BoxCondition[] parts) {
      return new Threshold(parts.length, parts);
    }

    static Threshold any(BoxCondition[] parts) {
      return new Threshold(1, parts);
    }

    @Override
    int eval(Box box) {
      int n = parts.length;
      int canMet = 0;
      int canNotMet = 0;
      int canUnknown = 0;
      int onlyMet = 0;
      int onlyNotMet = 0;
      for (BoxCondition part : parts) {
        int s = part.eval(box);
        canMet += s & MET;
        canNotMet += (s & NOT_MET) >>> Kleene.NOT_MET;
        canUnknown += (s & UNKNOWN) >>> Kleene.UNKNOWN;
        onlyMet += s == MET ? 1 : 0;
        onlyNotMet += s == NOT_MET ? 1 : 0;
        if (Kleene.atLeastDecided(count, n, onlyMet, onlyNotMet)) {
          break;
        }
      }
      return Kleene.atLeastOfSets(count, n, canMet, canNotMet, canUnknown, onlyMet, onlyNotMet);
    }

    @Override
    Box[] split(Box box) {
      for (BoxCondition part : parts) {
        if (!single(part.eval(box))) {
          return part.split(box);
        }
      }
      throw new IllegalStateException("composite condition is constant on " + box);
    }
  }
}
