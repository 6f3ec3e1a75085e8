package dev.leadspec.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes findings minimal: boxes merged where they differ in one field, then grouped into connected defects. */
final class Regions {
  /** The most pieces one box is cut into, and the most boxes grouped pairwise. */
  static final int MAX_PIECES = 2048;

  private Regions() {}

  /**
   * Merges disjoint boxes that are equal in every dimension but one, where they touch (neighbouring
   * numbers or dates, or any values of an unordered field), until none do; keeps first-seen
   * order. An unknown number or date touches no known one: a gap for unknown leads is its own
   * defect.
   */
  static List<Box> merge(List<Box> boxes, Space space) {
    List<Box> current = new ArrayList<>();
    for (Box box : boxes) {
      current.addAll(pieces(box, space));
    }
    return mergeAll(current, space, false);
  }

  /**
   * Merges boxes equal in every dimension but one, whether or not they touch there, without
   * first cutting them into connected pieces: the fewest boxes for words ({@code time 10–20 or
   * 40–50}), not connected defects.
   */
  static List<Box> mergeWhole(List<Box> boxes, Space space) {
    return mergeAll(new ArrayList<>(boxes), space, true);
  }

  private static List<Box> mergeAll(List<Box> boxes, Space space, boolean whole) {
    List<Box> current = boxes;
    if (current.isEmpty()) {
      return current;
    }
    int dims = current.get(0).sets.length;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int d = 0; d < dims; d++) {
        Dim dim = space.dims.get(d);
        Map<List<AtomSet>, List<Box>> groups = new LinkedHashMap<>();
        for (Box box : current) {
          AtomSet[] key = box.sets.clone();
          key[d] = null;
          groups.computeIfAbsent(Arrays.asList(key), k -> new ArrayList<>()).add(box);
        }
        List<Box> next = new ArrayList<>();
        for (List<Box> group : groups.values()) {
          next.addAll(mergeGroup(dim, d, group, whole));
        }
        if (next.size() < current.size()) {
          changed = true;
        }
        current = next;
      }
    }
    return current;
  }

  /**
   * Merges boxes equal outside dimension {@code d}: all of them for an unordered field; runs of
   * neighbouring ranges, swept in order, for a numeric or date field. Linear after sorting.
   */
  private static List<Box> mergeGroup(Dim dim, int d, List<Box> group, boolean whole) {
    if (group.size() == 1) {
      return group;
    }
    if (!dim.ordered() || whole) {
      Box merged = group.get(0);
      for (int i = 1; i < group.size(); i++) {
        merged = merged.with(d, merged.set(d).or(group.get(i).set(d)));
      }
      return List.of(merged);
    }
    List<Box> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparingInt(box -> box.set(d).first()));
    List<Box> merged = new ArrayList<>();
    Box current = sorted.get(0);
    for (int i = 1; i < sorted.size(); i++) {
      Box box = sorted.get(i);
      if (touching(dim, current.set(d), box.set(d))) {
        current = current.with(d, current.set(d).or(box.set(d)));
      } else {
        merged.add(current);
        current = box;
      }
    }
    merged.add(current);
    return merged;
  }

  /**
   * Cuts a box into connected pieces: in every numeric or date dimension one piece per run of
   * neighbouring atoms, and one for the unknown value; at most {@link #MAX_PIECES} pieces (a
   * box that would give more stays whole, and its words list its ranges).
   */
  static List<Box> pieces(Box box, Space space) {
    List<Box> result = new ArrayList<>();
    result.add(box);
    for (int d = 0; d < box.sets.length; d++) {
      Dim dim = space.dims.get(d);
      List<AtomSet> runs = runs(dim, box.set(d));
      if (runs.size() == 1 || (long) result.size() * runs.size() > MAX_PIECES) {
        continue;
      }
      List<Box> next = new ArrayList<>();
      for (Box piece : result) {
        for (AtomSet run : runs) {
          next.add(piece.with(d, run));
        }
      }
      result = next;
    }
    return result;
  }

  private static List<AtomSet> runs(Dim dim, AtomSet set) {
    List<AtomSet> runs = new ArrayList<>();
    int unknown = dim.unknownAtom();
    int size = dim.size();
    AtomSet known = unknown >= 0 ? set.andNot(AtomSet.of(size, unknown)) : set;
    if (!dim.ordered()) {
      runs.add(set);
      return runs;
    }
    int a = known.first();
    while (a >= 0) {
      int b = a;
      while (b + 1 < size && known.contains(b + 1)) {
        b++;
      }
      runs.add(AtomSet.range(size, a, b + 1));
      a = known.next(b + 1);
    }
    if (unknown >= 0 && set.contains(unknown)) {
      runs.add(AtomSet.of(size, unknown));
    }
    return runs;
  }

  /**
   * Groups boxes into connected regions: boxes that touch across one field's neighbouring values.
   * Past {@link #MAX_PIECES} boxes they are one region, so grouping stays cheap.
   */
  static List<List<Box>> components(List<Box> boxes, Space space) {
    int n = boxes.size();
    if (n > MAX_PIECES) {
      return List.of(boxes);
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(boxes.get(i), boxes.get(j), space)) {
          int a = root(parent, i);
          int b = root(parent, j);
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    Map<Integer, List<Box>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(boxes.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static boolean touch(Box a, Box b, Space space) {
    int apart = -1;
    for (int d = 0; d < a.sets.length; d++) {
      if (!a.set(d).intersects(b.set(d))) {
        if (apart >= 0) {
          return false;
        }
        apart = d;
      }
    }
    if (apart < 0) {
      return true;
    }
    return touching(space.dims.get(apart), a.set(apart), b.set(apart));
  }

  /** Whether two disjoint atom sets of one dimension touch: neighbouring known numbers or dates, or any values of an unordered field. */
  static boolean touching(Dim dim, AtomSet x, AtomSet y) {
    int unknown = dim.unknownAtom();
    if (!dim.ordered()) {
      return true;
    }
    for (int i = x.first(); i >= 0; i = x.next(i + 1)) {
      if (i == unknown) {
        continue;
      }
      if ((i + 1 != unknown && i + 1 < dim.size() && y.contains(i + 1)) || (i > 0 && y.contains(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
