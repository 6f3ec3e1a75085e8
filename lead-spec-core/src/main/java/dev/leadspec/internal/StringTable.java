package dev.leadspec.internal;

import java.util.List;

/**
 * The positions of distinct strings, found through an open-addressing table on their hash codes:
 * one probe and one comparison for a string of the table, whatever its size, without the
 * unpredictable branches of a scan. A field's codes and a large lead's fact names use it.
 */
public final class StringTable {
  private final String[] strings;
  private final int[] hashes;
  /** {@code 1 + position} of a string, 0 for an empty bucket; at most half full. */
  private final int[] table;

  /**
   * The table of the first {@code size} strings, which must be distinct.
   *
   * @param strings the strings, not changed afterwards
   * @param size how many of them
   */
  public StringTable(String[] strings, int size) {
    this.strings = strings;
    hashes = new int[size];
    table = new int[Integer.highestOneBit(Math.max(1, size) * 2 - 1) << 1];
    int mask = table.length - 1;
    for (int i = 0; i < size; i++) {
      hashes[i] = strings[i].hashCode();
      int bucket = spread(hashes[i]) & mask;
      while (table[bucket] != 0) {
        bucket = (bucket + 1) & mask;
      }
      table[bucket] = i + 1;
    }
  }

  /**
   * The table of a list of distinct strings.
   *
   * @param strings the strings
   * @return the table
   */
  public static StringTable of(List<String> strings) {
    return new StringTable(strings.toArray(new String[0]), strings.size());
  }

  /**
   * Mixes a hash code's high bits into its low ones, which pick a bucket.
   *
   * @param hash a hash code
   * @return the mixed hash
   */
  public static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /**
   * How many strings the table holds.
   *
   * @return the size
   */
  public int size() {
    return hashes.length;
  }

  /**
   * Where a string is, or -1.
   *
   * @param string the string
   * @return its position, or -1
   */
  public int indexOf(String string) {
    int hash = string.hashCode();
    int mask = table.length - 1;
    for (int bucket = spread(hash) & mask; ; bucket = (bucket + 1) & mask) {
      int entry = table[bucket];
      if (entry == 0) {
        return -1;
      }
      int i = entry - 1;
      if (hashes[i] == hash && (strings[i] == string || strings[i].equals(string))) {
        return i;
      }
    }
  }
}
