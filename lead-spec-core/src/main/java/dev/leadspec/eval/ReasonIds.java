package dev.leadspec.eval;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The ids of a verdict's reasons read from packed statuses ({@link Verdict#reasonIds()}): the
 * contract's criterion ids and the reasons' bits, no result made per reason. Immutable.
 */
final class ReasonIds extends AbstractList<String> implements RandomAccess {
  private final String[] ids;
  /** Bit {@code 2i} for each reason {@code i}, as {@link Acceptance#decisive(long, boolean)} gives it. */
  private final long decisive;
  private final int size;

  ReasonIds(String[] ids, long decisive) {
    this.ids = ids;
    this.decisive = decisive;
    this.size = Long.bitCount(decisive);
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
    long bits = decisive;
    for (int k = 0; k < index; k++) {
      bits &= bits - 1;
    }
    return ids[Long.numberOfTrailingZeros(bits) >>> 1];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private long left = decisive;

      @Override
      public boolean hasNext() {
        return left != 0;
      }

      @Override
      public String next() {
        if (left == 0) {
          throw new NoSuchElementException();
        }
        String id = ids[Long.numberOfTrailingZeros(left) >>> 1];
        left &= left - 1;
        return id;
      }
    };
  }
}
