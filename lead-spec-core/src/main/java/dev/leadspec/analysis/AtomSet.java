package dev.leadspec.analysis;

import java.util.Arrays;

/** An immutable set of atom indexes of one dimension, as bits. */
final class AtomSet {
  private final long[] words;

  private AtomSet(long[] words) {
    this.words = words;
  }

  static AtomSet full(int size) {
    long[] words = new long[(size + 63) >>> 6];
    for (int i = 0; i < size; i++) {
      words[i >>> 6] |= 1L << i;
    }
    return new AtomSet(words);
  }

  static AtomSet empty(int size) {
    return new AtomSet(new long[(size + 63) >>> 6]);
  }

  static AtomSet of(int size, int... atoms) {
    long[] words = new long[(size + 63) >>> 6];
    for (int atom : atoms) {
      words[atom >>> 6] |= 1L << atom;
    }
    return new AtomSet(words);
  }

  /** The atoms from {@code from} (inclusive) to {@code to} (exclusive). */
  static AtomSet range(int size, int from, int to) {
    long[] words = new long[(size + 63) >>> 6];
    for (int i = from; i < to; i++) {
      words[i >>> 6] |= 1L << i;
    }
    return new AtomSet(words);
  }

  AtomSet and(AtomSet other) {
    long[] result = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      result[i] = words[i] & other.words[i];
    }
    return new AtomSet(result);
  }

  AtomSet or(AtomSet other) {
    long[] result = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      result[i] = words[i] | other.words[i];
    }
    return new AtomSet(result);
  }

  AtomSet andNot(AtomSet other) {
    long[] result = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      result[i] = words[i] & ~other.words[i];
    }
    return new AtomSet(result);
  }

  boolean intersects(AtomSet other) {
    for (int i = 0; i < words.length; i++) {
      if ((words[i] & other.words[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    for (long word : words) {
      if (word != 0) {
        return false;
      }
    }
    return true;
  }

  boolean contains(int atom) {
    return (words[atom >>> 6] & (1L << atom)) != 0;
  }

  /** The first atom at or after {@code from}, or -1. */
  int next(int from) {
    int w = from >>> 6;
    if (w >= words.length) {
      return -1;
    }
    long word = words[w] & (-1L << from);
    while (true) {
      if (word != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(word);
      }
      if (++w == words.length) {
        return -1;
      }
      word = words[w];
    }
  }

  int first() {
    return next(0);
  }

  int count() {
    int count = 0;
    for (long word : words) {
      count += Long.bitCount(word);
    }
    return count;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AtomSet that && Arrays.equals(words, that.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = first(); i >= 0; i = next(i + 1)) {
      text.append(text.length() == 1 ? "" : ",").append(i);
    }
    return text.append('}').toString();
  }
}
