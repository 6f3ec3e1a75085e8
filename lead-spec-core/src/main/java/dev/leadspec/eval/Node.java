package dev.leadspec.eval;

import java.math.BigDecimal;

/**
 * A compiled condition over bound slots. Results are {@link dev.leadspec.model.Status}
 * ordinals, so the hot path neither boxes nor allocates.
 */
abstract class Node {
  static final int MET = 0;
  static final int NOT_MET = 1;
  static final int UNKNOWN = 2;

  abstract int eval(Bound lead);

  /** integer, date (epoch day), answer and flag (1 = YES/true) slots in an inclusive range; empty when lo > hi. */
  static final class LongRange extends Node {
    private final int slot;
    private final long lo;
    private final long hi;

    LongRange(int slot, long lo, long hi) {
      this.slot = slot;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    int eval(Bound lead) {
      if (!lead.known[slot]) {
        return UNKNOWN;
      }
      long x = lead.num[slot];
      return lo <= x && x <= hi ? MET : NOT_MET;
    }
  }

  /** A decimal slot against optional ends, each inclusive or exclusive. */
  static final class DecimalRange extends Node {
    private final int slot;
    private final BigDecimal lo;
    private final boolean loInclusive;
    private final BigDecimal hi;
    private final boolean hiInclusive;

    DecimalRange(int slot, BigDecimal lo, boolean loInclusive, BigDecimal hi, boolean hiInclusive) {
      this.slot = slot;
      this.lo = lo;
      this.loInclusive = loInclusive;
      this.hi = hi;
      this.hiInclusive = hiInclusive;
    }

    @Override
    int eval(Bound lead) {
      if (!lead.known[slot]) {
        return UNKNOWN;
      }
      BigDecimal x = (BigDecimal) lead.ref[slot];
      if (lo != null) {
        int c = x.compareTo(lo);
        if (c < 0 || (c == 0 && !loInclusive)) {
          return NOT_MET;
        }
      }
      if (hi != null) {
        int c = x.compareTo(hi);
        if (c > 0 || (c == 0 && !hiInclusive)) {
          return NOT_MET;
        }
      }
      return MET;
    }
  }

  /** A choice slot (code index) in a set of codes. */
  static final class CodeIn extends Node {
    private final int slot;
    private final boolean[] member;

    CodeIn(int slot, boolean[] member) {
      this.slot = slot;
      this.member = member;
    }

    @Override
    int eval(Bound lead) {
      if (!lead.known[slot]) {
        return UNKNOWN;
      }
      return member[(int) lead.num[slot]] ? MET : NOT_MET;
    }
  }

  /** A choices slot (bit mask) compared with a mask: equal, containing any, containing all. */
  static final class Mask extends Node {
    static final int EQUAL = 0;
    static final int ANY = 1;
    static final int ALL = 2;

    private final int slot;
    private final long mask;
    private final int mode;

    Mask(int slot, long mask, int mode) {
      this.slot = slot;
      this.mask = mask;
      this.mode = mode;
    }

    @Override
    int eval(Bound lead) {
      if (!lead.known[slot]) {
        return UNKNOWN;
      }
      long x = lead.num[slot];
      boolean met = mode == EQUAL ? x == mask : mode == ANY ? (x & mask) != 0 : (x & mask) == mask;
      return met ? MET : NOT_MET;
    }
  }

  /** A text slot equal to one of some texts. */
  static final class TextIn extends Node {
    private final int slot;
    private final String[] texts;

    TextIn(int slot, String[] texts) {
      this.slot = slot;
      this.texts = texts;
    }

    @Override
    int eval(Bound lead) {
      if (!lead.known[slot]) {
        return UNKNOWN;
      }
      Object x = lead.ref[slot];
      for (String text : texts) {
        if (text.equals(x)) {
          return MET;
        }
      }
      return NOT_MET;
    }
  }

  /** isKnown / isUnknown: never unknown itself. */
  static final class Known extends Node {
    private final int slot;
    private final boolean known;

    Known(int slot, boolean known) {
      this.slot = slot;
      this.known = known;
    }

    @Override
    int eval(Bound lead) {
      return lead.known[slot] == known ? MET : NOT_MET;
    }
  }

  /** Kleene negation. */
  static final class Not extends Node {
    private final Node part;

    Not(Node part) {
      this.part = part;
    }

    @Override
    int eval(Bound lead) {
      int s = part.eval(lead);
      return s == MET ? NOT_MET : s == NOT_MET ? MET : UNKNOWN;
    }
  }

  /** Kleene conjunction; NOT_MET dominates, so it may stop at the first NOT_MET. */
  static final class All extends Node {
    private final Node[] parts;

    All(Node[] parts) {
      this.parts = parts;
    }

    @Override
    int eval(Bound lead) {
      int result = MET;
      for (Node part : parts) {
        int s = part.eval(lead);
        if (s == NOT_MET) {
          return NOT_MET;
        }
        if (s == UNKNOWN) {
          result = UNKNOWN;
        }
      }
      return result;
    }
  }

  /** Kleene disjunction; MET dominates, so it may stop at the first MET. */
  static final class Any extends Node {
    private final Node[] parts;

    Any(Node[] parts) {
      this.parts = parts;
    }

    @Override
    int eval(Bound lead) {
      int result = NOT_MET;
      for (Node part : parts) {
        int s = part.eval(lead);
        if (s == MET) {
          return MET;
        }
        if (s == UNKNOWN) {
          result = UNKNOWN;
        }
      }
      return result;
    }
  }

  /** MET when n parts are met, NOT_MET when fewer than n can still be met, else UNKNOWN. */
  static final class AtLeast extends Node {
    private final int count;
    private final Node[] parts;

    AtLeast(int count, Node[] parts) {
      this.count = count;
      this.parts = parts;
    }

    @Override
    int eval(Bound lead) {
      int met = 0;
      int unknown = 0;
      for (Node part : parts) {
        int s = part.eval(lead);
        if (s == MET) {
          met++;
        } else if (s == UNKNOWN) {
          unknown++;
        }
      }
      if (met >= count) {
        return MET;
      }
      return met + unknown < count ? NOT_MET : UNKNOWN;
    }
  }
}
