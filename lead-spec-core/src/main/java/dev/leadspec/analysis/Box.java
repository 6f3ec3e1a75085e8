package dev.leadspec.analysis;

import java.util.Arrays;

/** A product of atom sets, one per dimension: a set of leads that conditions see alike per atom. */
final class Box {
  final AtomSet[] sets;
  /**
   * What a question learnt about this box that holds for every smaller box too (the table rows
   * that can still match); children inherit it. Not part of the box's identity.
   */
  BoxMemo memo = BoxMemo.EMPTY;

  Box(AtomSet[] sets) {
    this.sets = sets;
  }

  AtomSet set(int dim) {
    return sets[dim];
  }

  Box with(int dim, AtomSet set) {
    AtomSet[] copy = sets.clone();
    copy[dim] = set;
    Box box = new Box(copy);
    box.memo = memo;
    return box;
  }

  /** The dimension in which two boxes differ, -1 when equal, -2 when they differ in more than one. */
  int differingDim(Box other) {
    int found = -1;
    for (int d = 0; d < sets.length; d++) {
      if (!sets[d].equals(other.sets[d])) {
        if (found >= 0) {
          return -2;
        }
        found = d;
      }
    }
    return found;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Box that && Arrays.equals(sets, that.sets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sets);
  }

  @Override
  public String toString() {
    return Arrays.toString(sets);
  }
}
