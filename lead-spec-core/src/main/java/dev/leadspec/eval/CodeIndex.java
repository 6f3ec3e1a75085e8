package dev.leadspec.eval;

import java.util.List;

/**
 * A field's codes to small integers, through an open-addressing table on the codes' hash codes:
 * a lead's code is usually a fresh string (read from a database or JSON) whose hash is cached,
 * so one probe and one character comparison find it, whatever the number of codes, without the
 * unpredictable branches of a scan.
 */
final class CodeIndex {
  private final String[] codes;
  private final int[] hashes;
  /** {@code 1 + index} of a code, 0 for an empty bucket; at most half full. */
  private final int[] table;

  CodeIndex(List<String> codes) {
    this.codes = codes.toArray(new String[0]);
    hashes = new int[this.codes.length];
    table = new int[Integer.highestOneBit(Math.max(1, this.codes.length) * 2 - 1) << 1];
    int mask = table.length - 1;
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = this.codes[i].hashCode();
      int bucket = spread(hashes[i]) & mask;
      while (table[bucket] != 0) {
        bucket = (bucket + 1) & mask;
      }
      table[bucket] = i + 1;
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  int size() {
    return codes.length;
  }

  /** The code's index, or -1 when the field does not declare it. */
  int indexOf(String code) {
    int hash = code.hashCode();
    int mask = table.length - 1;
    for (int bucket = spread(hash) & mask; ; bucket = (bucket + 1) & mask) {
      int entry = table[bucket];
      if (entry == 0) {
        return -1;
      }
      int i = entry - 1;
      if (hashes[i] == hash && codes[i].equals(code)) {
        return i;
      }
    }
  }
}
