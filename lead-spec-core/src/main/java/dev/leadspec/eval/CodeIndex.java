package dev.leadspec.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A field's codes to small integers: a scan comparing cached hash codes first for short lists, a
 * hash look-up for long ones.
 */
final class CodeIndex {
  private static final int SCAN_LIMIT = 16;

  private final String[] codes;
  private final int[] hashes;
  private final Map<String, Integer> map;

  CodeIndex(List<String> codes) {
    this.codes = codes.toArray(new String[0]);
    hashes = new int[this.codes.length];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = this.codes[i].hashCode();
    }
    if (codes.size() > SCAN_LIMIT) {
      map = new HashMap<>();
      for (int i = 0; i < codes.size(); i++) {
        map.put(codes.get(i), i);
      }
    } else {
      map = null;
    }
  }

  int size() {
    return codes.length;
  }

  /** The code's index, or -1 when the field does not declare it. */
  int indexOf(String code) {
    if (map != null) {
      Integer index = map.get(code);
      return index == null ? -1 : index;
    }
    // A lead's codes are usually fresh strings (read from a database or JSON), so identity
    // rarely matches; their hash codes are cached, and comparing them first skips the
    // character comparisons of the codes it is not.
    int hash = code.hashCode();
    for (int i = 0; i < codes.length; i++) {
      if (hashes[i] == hash && codes[i].equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
