package dev.leadspec.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map from names to values, held in two arrays in insertion order: what a lead's
 * facts and evidence are. Small maps are searched in order; larger ones also carry an
 * open-addressing index. {@link #indexOf(String, int)} lets a reader that knows where a name
 * usually is (the evaluator binding a lead) find it with one comparison.
 *
 * <p>A map made {@link #over(Keys, Object[]) over shared keys} (a lead built with a layout) holds
 * one value slot per key of its {@link Keys}, null where the key is absent: the keys, their hash
 * bits and index are shared by every such map, so making one costs its values array alone.
 *
 * @param <V> the value type
 */
public final class ArrayMap<V> extends AbstractMap<String, V> {
  /** Above this size a hashed index is built; below, a linear search is faster. */
  private static final int INDEXED = 12;

  private static final String[] NO_KEYS = new String[0];
  private static final Object[] NO_VALUES = new Object[0];
  private static final ArrayMap<?> EMPTY = new ArrayMap<>(NO_KEYS, NO_VALUES, 0, 0, 0, null);

  private final String[] keys;
  /** One per key slot; null only in a map over shared keys, where the key is absent. */
  private final Object[] values;
  /** How many key slots are searched: the size, or the shared keys' count. */
  private final int slots;
  private final int size;
  /** Bit {@code spread(hash) & 63} of every key: a key whose bit is clear is absent, found so without a search. */
  private final long hashBits;
  /** The keys' positions by hash, for large maps; null for small ones. */
  private final @Nullable StringTable index;
  private @Nullable Set<Entry<String, V>> entries;

  /**
   * Takes the arrays as they are: the caller hands them over and never changes them. Keys are
   * distinct and non-null; values are non-null but in a map over shared keys.
   */
  private ArrayMap(String[] keys, Object[] values, int slots, int size, long hashBits, @Nullable StringTable index) {
    this.keys = keys;
    this.values = values;
    this.slots = slots;
    this.size = size;
    this.hashBits = hashBits;
    this.index = index;
  }

  private static <V> ArrayMap<V> dense(String[] keys, Object[] values, int size, long hashBits) {
    return new ArrayMap<>(keys, values, size, size, hashBits, size > INDEXED ? new StringTable(keys, size) : null);
  }

  /**
   * A map over shared keys: slot {@code i} of {@code values} is the value of key {@code i}, or
   * null where that key is absent.
   *
   * <pre>{@code
   * ArrayMap.Keys keys = ArrayMap.Keys.of(List.of("industry", "employees"));
   * ArrayMap<Value> facts = ArrayMap.over(keys, new Object[] {Value.of("RETAIL"), null});
   * }</pre>
   *
   * @param keys the shared keys
   * @param values one slot per key, handed over: the caller never changes it again
   * @param <V> the value type
   * @return the map
   * @throws IllegalArgumentException if {@code values} has not one slot per key
   */
  public static <V> ArrayMap<V> over(Keys keys, Object[] values) {
    if (values.length != keys.size) {
      throw new IllegalArgumentException(values.length + " values for " + keys.size + " keys");
    }
    int size = 0;
    for (Object value : values) {
      if (value != null) {
        size++;
      }
    }
    return new ArrayMap<>(keys.keys, values, keys.size, size, keys.hashBits, keys.index);
  }

  /**
   * The empty map.
   *
   * @param <V> the value type
   * @return the map
   */
  @SuppressWarnings("unchecked")
  public static <V> ArrayMap<V> empty() {
    return (ArrayMap<V>) EMPTY;
  }

  /**
   * Where a key is, or -1.
   *
   * @param key the key
   * @return its position in insertion order, or -1
   */
  public int indexOf(String key) {
    return present(find(keys, slots, hashBits, index, key));
  }

  /** Where a key is among the first {@code n} keys, or -1, whether a value is there or not. */
  private static int find(String[] keys, int n, long hashBits, @Nullable StringTable index, String key) {
    int hash = key.hashCode();
    if ((hashBits & 1L << StringTable.spread(hash)) == 0) {
      return -1;
    }
    if (index != null) {
      return index.indexOf(key);
    }
    // the very string the fact was put with, as a host's constants and the evaluator's field
    // names usually are: one reference comparison per key, no key's hash or characters read
    for (int i = 0; i < n; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    // then an equal string: no key is the very one, so only hashes and characters are compared
    for (int i = 0; i < n; i++) {
      if (keys[i].hashCode() == hash && keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a key is, or -1, trying a likely position first, then the one after it (where a
   * reader that skipped an absent key of shared keys looks next).
   *
   * @param key the key
   * @param likely where the key probably is; any number
   * @return its position in insertion order, or -1
   */
  public int indexOf(String key, int likely) {
    if (likely >= 0 && likely < slots) {
      String candidate = keys[likely];
      if (candidate == key || same(candidate, key, key.hashCode())) {
        return present(likely);
      }
      int next = likely + 1;
      if (next < slots && keys[next] == key) {
        return present(next);
      }
    }
    return indexOf(key);
  }

  /** The slot if it holds a value, else -1: an absent key of shared keys. */
  private int present(int i) {
    return i >= 0 && values[i] != null ? i : -1;
  }

  private static boolean same(String candidate, String key, int hash) {
    return candidate == key || (candidate.hashCode() == hash && candidate.equals(key));
  }

  /**
   * The key at a position.
   *
   * @param i a position {@link #indexOf(String)} returned
   * @return the key
   */
  public String keyAt(int i) {
    return keys[i];
  }

  /**
   * The value at a position.
   *
   * @param i a position {@link #indexOf(String)} returned
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public V valueAt(int i) {
    return (V) values[i];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return key instanceof String name && indexOf(name) >= 0;
  }

  @Override
  public @Nullable V get(@Nullable Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    int i = indexOf(name);
    return i < 0 ? null : valueAt(i);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super V> action) {
    for (int i = 0; i < slots; i++) {
      if (values[i] != null) {
        action.accept(keys[i], valueAt(i));
      }
    }
  }

  @Override
  public Set<Entry<String, V>> entrySet() {
    Set<Entry<String, V>> set = entries;
    if (set == null) {
      set = new Entries();
      entries = set;
    }
    return set;
  }

  /** The first slot from {@code from} on that holds a value, or {@code slots}. */
  private int skipAbsent(int from) {
    int i = from;
    while (i < slots && values[i] == null) {
      i++;
    }
    return i;
  }

  /** The entries in insertion order, unmodifiable. */
  private final class Entries extends AbstractSet<Entry<String, V>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Entry<String, V>> iterator() {
      return new Iterator<>() {
        private int next = skipAbsent(0);

        @Override
        public boolean hasNext() {
          return next < slots;
        }

        @Override
        public Entry<String, V> next() {
          if (next >= slots) {
            throw new NoSuchElementException();
          }
          int i = next;
          next = skipAbsent(i + 1);
          return new SimpleImmutableEntry<>(keys[i], valueAt(i));
        }
      };
    }
  }

  /**
   * A fixed sequence of distinct keys shared by many maps ({@link #over(Keys, Object[])}): their
   * hash bits and, for many keys, their index are computed once.
   *
   * <pre>{@code
   * ArrayMap.Keys keys = ArrayMap.Keys.of(List.of("industry", "employees"));
   * }</pre>
   */
  public static final class Keys {
    private final String[] keys;
    private final int size;
    private final long hashBits;
    private final @Nullable StringTable index;

    private Keys(String[] keys) {
      this.keys = keys;
      this.size = keys.length;
      long bits = 0;
      for (String key : keys) {
        bits |= 1L << StringTable.spread(key.hashCode());
      }
      this.hashBits = bits;
      this.index = size > INDEXED ? new StringTable(keys, size) : null;
    }

    /**
     * The keys, in order.
     *
     * <pre>{@code
     * ArrayMap.Keys keys = ArrayMap.Keys.of(List.of("industry", "employees"));
     * }</pre>
     *
     * @param keys distinct, non-null keys
     * @return the keys
     * @throws IllegalArgumentException if a key repeats
     */
    public static Keys of(List<String> keys) {
      String[] array = keys.toArray(new String[0]);
      Keys result = new Keys(array);
      for (int i = 0; i < array.length; i++) {
        if (result.indexOf(array[i]) != i) {
          throw new IllegalArgumentException("key \"" + array[i] + "\" is given twice");
        }
      }
      return result;
    }

    /**
     * Where a key is, or -1; tries {@code likely} first.
     *
     * @param key the key
     * @param likely where the key probably is; any number
     * @return its slot, or -1
     */
    public int indexOf(String key, int likely) {
      if (likely >= 0 && likely < size && keys[likely] == key) {
        return likely;
      }
      return indexOf(key);
    }

    private int indexOf(String key) {
      return find(keys, size, hashBits, index, key);
    }

    /**
     * How many keys.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * The key in a slot.
     *
     * @param i the slot
     * @return the key
     */
    public String keyAt(int i) {
      return keys[i];
    }
  }

  /**
   * Collects entries in insertion order, a later value for a key replacing the earlier one in
   * place; {@link #build()} hands its arrays to the map and copies them only if it is used again.
   *
   * @param <V> the value type
   */
  public static final class Builder<V> {
    /** Above this size, a hash map of positions replaces the scan for repeated keys. */
    private static final int SCANNED = 16;

    private String[] keys = NO_KEYS;
    private Object[] values = NO_VALUES;
    private int size;
    private boolean shared;
    /**
     * One bit per key put, chosen by its hash: a key whose bit is clear was never put, so most
     * puts skip the search for an earlier value.
     */
    private long hashBits;
    private @Nullable HashMap<String, Integer> positions;

    /** An empty builder. */
    public Builder() {}

    /**
     * Sets a key's value, replacing any earlier one in its place.
     *
     * @param key the key
     * @param value the value
     */
    public void put(String key, V value) {
      int hash = key.hashCode();
      long bit = 1L << StringTable.spread(hash);
      int i = (hashBits & bit) == 0 ? -1 : indexOf(key, hash);
      if (i >= 0) {
        own(keys.length);
        values[i] = value;
        return;
      }
      own(size < keys.length ? keys.length : Math.max(16, size * 2));
      keys[size] = key;
      values[size] = value;
      hashBits |= bit;
      if (positions != null) {
        positions.put(key, size);
      } else if (size == SCANNED) {
        positions = new HashMap<>();
        for (int k = 0; k <= size; k++) {
          positions.put(keys[k], k);
        }
      }
      size++;
    }

    /**
     * Removes a key and its value, if present; later entries move up.
     *
     * @param key the key
     */
    public void remove(String key) {
      int i = indexOf(key, key.hashCode());
      if (i < 0) {
        return;
      }
      own(keys.length);
      System.arraycopy(keys, i + 1, keys, i, size - i - 1);
      System.arraycopy(values, i + 1, values, i, size - i - 1);
      size--;
      keys[size] = null;
      values[size] = null;
      if (positions != null) {
        positions.remove(key);
        for (int k = i; k < size; k++) {
          positions.put(keys[k], k);
        }
      }
    }

    /**
     * Whether a key is present.
     *
     * @param key the key
     * @return true if it is
     */
    public boolean containsKey(String key) {
      return indexOf(key, key.hashCode()) >= 0;
    }

    /**
     * The keys in insertion order.
     *
     * @return a fresh array
     */
    public String[] keys() {
      return Arrays.copyOf(keys, size);
    }

    private int indexOf(String key, int hash) {
      if (positions != null) {
        Integer at = positions.get(key);
        return at == null ? -1 : at;
      }
      for (int i = 0; i < size; i++) {
        if (same(keys[i], key, hash)) {
          return i;
        }
      }
      return -1;
    }

    /** Makes the arrays this builder's own, of the given length, before a change. */
    private void own(int length) {
      if (shared || length != keys.length) {
        keys = Arrays.copyOf(keys, length);
        values = Arrays.copyOf(values, length);
        shared = false;
      }
    }

    /**
     * The map of the entries so far; the builder may go on.
     *
     * @return the map
     */
    public ArrayMap<V> build() {
      if (size == 0) {
        return empty();
      }
      shared = true;
      return dense(keys, values, size, hashBits);
    }
  }
}
