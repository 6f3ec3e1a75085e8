package dev.leadspec.analysis;

/**
 * A condition over the space of leads, evaluated on a whole box at once: the result is the set
 * of statuses the condition can take on the box (a mask of {@link #MET}, {@link #NOT_MET},
 * {@link #UNKNOWN}). A single status is exact; a mixed one may over-approximate for composites,
 * which only costs a split, never a wrong answer.
 */
abstract class ANode {
  static final int MET = 1;
  static final int NOT_MET = 2;
  static final int UNKNOWN = 4;

  /** The statuses this condition can take on the box. */
  abstract int eval(Box box);

  /**
   * Splits the box along one atomic condition that is not constant on it; called only when
   * {@link #eval} is not a single status.
   */
  abstract Box[] split(Box box);

  static boolean single(int mask) {
    return mask == MET || mask == NOT_MET || mask == UNKNOWN;
  }

  /** A condition on one dimension: the atoms where it is met, not met and unknown. */
  static final class Leaf extends ANode {
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
  static final class Mask extends ANode {
    static final int EQUAL = 0;
    static final int ANY = 1;
    static final int ALL = 2;

    private final int knownDim;
    private final int[] bitDims;
    private final boolean[] inMask;
    private final boolean missing;
    private final int mode;

    /**
     * @param bitDims every code dimension of the field (and its "another code" dimension)
     * @param inMask which of them the condition's codes name
     * @param missing whether the condition names a code no lead can carry in this space
     */
    Mask(int knownDim, int[] bitDims, boolean[] inMask, boolean missing, int mode) {
      this.knownDim = knownDim;
      this.bitDims = bitDims;
      this.inMask = inMask;
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
        if (inMask[i]) {
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
        if (mode != EQUAL && !inMask[i]) {
          continue;
        }
        AtomSet set = box.set(bitDims[i]);
        if (set.contains(0) && set.contains(1)) {
          return new Box[] {box.with(bitDims[i], AtomSet.of(2, 1)), box.with(bitDims[i], AtomSet.of(2, 0))};
        }
      }
      throw new IllegalStateException("mask condition is constant on " + box);
    }
  }

  /** Kleene negation. */
  static final class Not extends ANode {
    private final ANode part;

    Not(ANode part) {
      this.part = part;
    }

    @Override
    int eval(Box box) {
      int s = part.eval(box);
      return (s & UNKNOWN) | ((s & MET) != 0 ? NOT_MET : 0) | ((s & NOT_MET) != 0 ? MET : 0);
    }

    @Override
    Box[] split(Box box) {
      return part.split(box);
    }
  }

  /** Composites: the first part that is not constant is split. */
  abstract static class Composite extends ANode {
    final ANode[] parts;

    Composite(ANode[] parts) {
      this.parts = parts;
    }

    @Override
    Box[] split(Box box) {
      for (ANode part : parts) {
        if (!single(part.eval(box))) {
          return part.split(box);
        }
      }
      throw new IllegalStateException("composite condition is constant on " + box);
    }
  }

  /** Kleene conjunction. */
  static final class All extends Composite {
    All(ANode[] parts) {
      super(parts);
    }

    @Override
    int eval(Box box) {
      boolean allMet = true;
      boolean someNot = false;
      boolean allMetOrUnknown = true;
      boolean someUnknown = false;
      for (ANode part : parts) {
        int s = part.eval(box);
        if (s == NOT_MET) {
          return NOT_MET;
        }
        allMet &= (s & MET) != 0;
        someNot |= (s & NOT_MET) != 0;
        allMetOrUnknown &= (s & (MET | UNKNOWN)) != 0;
        someUnknown |= (s & UNKNOWN) != 0;
      }
      return (allMet ? MET : 0) | (someNot ? NOT_MET : 0) | (allMetOrUnknown && someUnknown ? UNKNOWN : 0);
    }
  }

  /** Kleene disjunction. */
  static final class Any extends Composite {
    Any(ANode[] parts) {
      super(parts);
    }

    @Override
    int eval(Box box) {
      boolean allNot = true;
      boolean someMet = false;
      boolean allNotOrUnknown = true;
      boolean someUnknown = false;
      for (ANode part : parts) {
        int s = part.eval(box);
        if (s == MET) {
          return MET;
        }
        allNot &= (s & NOT_MET) != 0;
        someMet |= (s & MET) != 0;
        allNotOrUnknown &= (s & (NOT_MET | UNKNOWN)) != 0;
        someUnknown |= (s & UNKNOWN) != 0;
      }
      return (someMet ? MET : 0) | (allNot ? NOT_MET : 0) | (allNotOrUnknown && someUnknown ? UNKNOWN : 0);
    }
  }

  /** At least {@code count} parts met; not met when fewer can still be met; else unknown. */
  static final class AtLeast extends Composite {
    private final int count;

    AtLeast(int count, ANode[] parts) {
      super(parts);
      this.count = count;
    }

    @Override
    int eval(Box box) {
      int canMet = 0;
      int canNot = 0;
      int canNotMet = 0;
      int canNotNot = 0;
      boolean someUnknown = false;
      int n = parts.length;
      for (ANode part : parts) {
        int s = part.eval(box);
        canMet += (s & MET) != 0 ? 1 : 0;
        canNot += (s & NOT_MET) != 0 ? 1 : 0;
        canNotMet += (s & (NOT_MET | UNKNOWN)) != 0 ? 1 : 0;
        canNotNot += (s & (MET | UNKNOWN)) != 0 ? 1 : 0;
        someUnknown |= (s & UNKNOWN) != 0;
      }
      int result = 0;
      if (canMet >= count) {
        result |= MET;
      }
      if (canNot >= n - count + 1) {
        result |= NOT_MET;
      }
      if (someUnknown && canNotMet >= n - count + 1 && canNotNot >= count) {
        result |= UNKNOWN;
      }
      return result;
    }
  }

  /** A condition with the same statuses everywhere (a field no lead can know in this space). */
  static final class Constant extends ANode {
    private final int status;

    Constant(int status) {
      this.status = status;
    }

    @Override
    int eval(Box box) {
      return status;
    }

    @Override
    Box[] split(Box box) {
      throw new IllegalStateException("constant condition");
    }
  }
}
