package dev.leadspec.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A field's codes to small integers: a scan for short lists, a hash look-up for long ones. */
final class CodeIndex {
  private static final int SCAN_LIMIT = 8;

  private final String[] codes;
  private final Map<String, Integer> map;

  CodeIndex(List<String> codes) {
    this.codes = codes.toArray(new String[0]);
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
    for (int i = 0; i < codes.length; i++) {
      if (codes[i].equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
