package dev.leadspec.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes findings minimal: boxes merged where they differ in one field, then grouped into connected defects. */
final class Regions {
  private Regions() {}

  /** Merges disjoint boxes that differ in one dimension until none do; keeps first-seen order. */
  static List<Box> merge(List<Box> boxes) {
    List<Box> current = new ArrayList<>(boxes);
    if (current.isEmpty()) {
      return current;
    }
    int dims = current.get(0).sets.length;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int d = 0; d < dims; d++) {
        Map<List<AtomSet>, Box> merged = new LinkedHashMap<>();
        for (Box box : current) {
          AtomSet[] key = box.sets.clone();
          key[d] = null;
          List<AtomSet> list = Arrays.asList(key);
          Box earlier = merged.get(list);
          merged.put(list, earlier == null ? box : earlier.with(d, earlier.set(d).or(box.set(d))));
        }
        if (merged.size() < current.size()) {
          changed = true;
          current = new ArrayList<>(merged.values());
        }
      }
    }
    return current;
  }

  /** Groups boxes into connected regions: boxes that touch across one field's neighbouring values. */
  static List<List<Box>> components(List<Box> boxes, Space space) {
    int n = boxes.size();
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
    Dim dim = space.dims.get(apart);
    AtomSet x = a.set(apart);
    AtomSet y = b.set(apart);
    int unknown = dim.unknownAtom();
    if (!dim.ordered()) {
      boolean xKnown = unknown < 0 || x.count() > (x.contains(unknown) ? 1 : 0);
      boolean yKnown = unknown < 0 || y.count() > (y.contains(unknown) ? 1 : 0);
      return xKnown && yKnown;
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
