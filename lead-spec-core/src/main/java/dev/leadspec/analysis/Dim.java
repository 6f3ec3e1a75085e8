package dev.leadspec.analysis;

import dev.leadspec.model.KeyRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dimension of the space of leads: a finite list of atoms such that every atomic condition
 * of the analysed contracts is constant on each atom. The last atom is "unknown" when the
 * dimension has one.
 */
abstract class Dim {
  /** The number of atoms, unknown included. */
  abstract int size();

  /** The unknown atom, or -1 when this dimension has none (a code bit of a choices field). */
  abstract int unknownAtom();

  /** Whether neighbouring known atoms touch (numbers, dates): a gap across them is one gap. */
  abstract boolean ordered();

  AtomSet full() {
    return AtomSet.full(size());
  }

  /** The known atoms of a set, described for people: {@code 40–49}, {@code RETAIL or LOGISTICS}. */
  abstract List<String> words(AtomSet set);

  /** Integer and date fields: known atoms are inclusive long intervals. */
  static final class Longs extends Dim {
    final long min;
    final long max;
    final long[] starts;
    final boolean date;

    Longs(long min, long max, long[] starts, boolean date) {
      this.min = min;
      this.max = max;
      this.starts = starts;
      this.date = date;
    }

    @Override
    int size() {
      return starts.length + 1;
    }

    @Override
    int unknownAtom() {
      return starts.length;
    }

    @Override
    boolean ordered() {
      return true;
    }

    long lo(int atom) {
      return starts[atom];
    }

    long hi(int atom) {
      return atom + 1 < starts.length ? starts[atom + 1] - 1 : max;
    }

    /** The atoms inside a range of keys (integers, epoch days); none for an empty range. */
    AtomSet inside(KeyRange range) {
      return range.isEmpty() ? AtomSet.empty(size()) : inside(range.low(), range.high());
    }

    /** The atoms inside the inclusive range [lo, hi]. */
    AtomSet inside(long lo, long hi) {
      int n = starts.length;
      List<Integer> atoms = new ArrayList<>();
      for (int a = 0; a < n; a++) {
        if (lo(a) >= lo && hi(a) <= hi) {
          atoms.add(a);
        }
      }
      return AtomSet.of(size(), atoms.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A representative of the atom: its lower end, else its upper end, else 0. */
    long sample(int atom) {
      long lo = lo(atom);
      long hi = hi(atom);
      if (lo <= 0 && 0 <= hi && (lo == min || hi == max)) {
        return 0;
      }
      return lo != min ? lo : hi;
    }

    String format(long x) {
      return date ? LocalDate.ofEpochDay(x).toString() : Long.toString(x);
    }

    @Override
    List<String> words(AtomSet set) {
      List<String> words = new ArrayList<>();
      int n = starts.length;
      int a = set.first();
      while (a >= 0 && a < n) {
        int b = a;
        while (b + 1 < n && set.contains(b + 1)) {
          b++;
        }
        long lo = lo(a);
        long hi = hi(b);
        if (lo == min && hi == max) {
          words.add("known");
        } else if (lo == min) {
          words.add("≤ " + format(hi));
        } else if (hi == max) {
          words.add("≥ " + format(lo));
        } else if (lo == hi) {
          words.add("= " + format(lo));
        } else {
          words.add(format(lo) + "–" + format(hi));
        }
        a = set.next(b + 1);
      }
      return words;
    }
  }

  /**
   * Decimal fields: atoms alternate open intervals and points, {@code (-∞, p0), {p0}, (p0, p1), …,
   * {pk}, (pk, +∞)}.
   */
  static final class Decimals extends Dim {
    final BigDecimal[] points;

    Decimals(BigDecimal[] points) {
      this.points = points;
    }

    @Override
    int size() {
      return 2 * points.length + 2;
    }

    @Override
    int unknownAtom() {
      return 2 * points.length + 1;
    }

    @Override
    boolean ordered() {
      return true;
    }

    boolean isPoint(int atom) {
      return atom % 2 == 1;
    }

    /** A value inside the atom; the nicest there is: a point, a whole number, a midpoint. */
    BigDecimal sample(int atom) {
      if (isPoint(atom)) {
        return points[atom / 2];
      }
      int i = atom / 2;
      BigDecimal lo = i == 0 ? null : points[i - 1];
      BigDecimal hi = i == points.length ? null : points[i];
      if (lo == null && hi == null) {
        return BigDecimal.ZERO;
      }
      if (lo == null) {
        return hi.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
      }
      BigDecimal whole = lo.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
      if (hi == null || whole.compareTo(hi) < 0) {
        return whole;
      }
      return lo.add(hi).divide(BigDecimal.valueOf(2));
    }

    /** The atoms inside a range with optional ends. */
    AtomSet inside(@Nullable BigDecimal lo, boolean loInclusive, @Nullable BigDecimal hi, boolean hiInclusive) {
      List<Integer> atoms = new ArrayList<>();
      for (int a = 0; a < unknownAtom(); a++) {
        BigDecimal x = sample(a);
        boolean in = true;
        if (lo != null) {
          int c = x.compareTo(lo);
          in = c > 0 || (c == 0 && loInclusive);
        }
        if (in && hi != null) {
          int c = x.compareTo(hi);
          in = c < 0 || (c == 0 && hiInclusive);
        }
        if (in) {
          atoms.add(a);
        }
      }
      return AtomSet.of(size(), atoms.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    List<String> words(AtomSet set) {
      List<String> words = new ArrayList<>();
      int n = unknownAtom();
      int a = set.first();
      while (a >= 0 && a < n) {
        int b = a;
        while (b + 1 < n && set.contains(b + 1)) {
          b++;
        }
        BigDecimal lo = a == 0 ? null : points[(a - 1) / 2];
        boolean loInclusive = isPoint(a);
        BigDecimal hi = b == n - 1 ? null : points[b / 2];
        boolean hiInclusive = isPoint(b);
        if (a == b && isPoint(a)) {
          words.add("= " + lo.toPlainString());
        } else if (lo == null && hi == null) {
          words.add("known");
        } else if (lo == null) {
          words.add((hiInclusive ? "≤ " : "< ") + hi.toPlainString());
        } else if (hi == null) {
          words.add((loInclusive ? "≥ " : "> ") + lo.toPlainString());
        } else if (loInclusive && hiInclusive) {
          words.add(lo.toPlainString() + "–" + hi.toPlainString());
        } else {
          words.add((loInclusive ? "≥ " : "> ") + lo.toPlainString() + " and " + (hiInclusive ? "≤ " : "< ") + hi.toPlainString());
        }
        a = set.next(b + 1);
      }
      return words;
    }
  }

  /**
   * Unordered atoms with names: the codes of a choice field, the mentioned texts and "another
   * text" of a text field, YES/NO, true/false, "known" of a choices field, absent/present of one
   * code of a choices field.
   */
  static final class Names extends Dim {
    final String[] names;
    final boolean hasUnknown;

    Names(String[] names, boolean hasUnknown) {
      this.names = names;
      this.hasUnknown = hasUnknown;
    }

    @Override
    int size() {
      return names.length + (hasUnknown ? 1 : 0);
    }

    @Override
    int unknownAtom() {
      return hasUnknown ? names.length : -1;
    }

    @Override
    boolean ordered() {
      return false;
    }

    @Override
    List<String> words(AtomSet set) {
      List<String> words = new ArrayList<>();
      for (int a = set.first(); a >= 0 && a < names.length; a = set.next(a + 1)) {
        words.add(names[a]);
      }
      return words;
    }
  }
}
