package dev.leadspec.eval;

import static dev.leadspec.internal.Kleene.MET;
import static dev.leadspec.internal.Kleene.NOT_MET;
import static dev.leadspec.internal.Kleene.UNKNOWN;

import dev.leadspec.internal.Kleene;
import dev.leadspec.model.KeyRange;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A condition compiled for the interpreter ({@link ConditionCompiler}): a tree whose leaves test
 * a lead's slots and whose inner nodes combine their parts by {@link Kleene}'s rules. Results are
 * Kleene codes, the {@link dev.leadspec.model.Status} ordinals, so the hot path neither boxes nor
 * allocates.
 */
abstract class CompiledCondition {
  /** The condition's status code for the lead in these slots. */
  abstract int eval(LeadSlots lead);

  /** An integer, date, answer or flag slot (its {@linkplain dev.leadspec.model.Value#orderingKey() ordering key}) in a key range. */
  static final class LongRange extends CompiledCondition {
    private final int slot;
    private final long lo;
    private final long hi;

    LongRange(int slot, KeyRange range) {
      this.slot = slot;
      this.lo = range.low();
      this.hi = range.high();
    }

    @Override
    int eval(LeadSlots lead) {
      if (!lead.known[slot]) {
        return UNKNOWN;
      }
      long x = lead.num[slot];
      return lo <= x && x <= hi ? MET : NOT_MET;
    }
  }

  /** A decimal slot against optional ends, each inclusive or exclusive. */
  static final class DecimalRange extends CompiledCondition {
    private final int slot;
    private final @Nullable BigDecimal lo;
    private final boolean loInclusive;
    private final @Nullable BigDecimal hi;
    private final boolean hiInclusive;

    DecimalRange(int slot, @Nullable BigDecimal lo, boolean loInclusive, @Nullable BigDecimal hi, boolean hiInclusive) {
      this.slot = slot;
      this.lo = lo;
      this.loInclusive = loInclusive;
      this.hi = hi;
      this.hiInclusive = hiInclusive;
    }

    @Override
    int eval(LeadSlots lead) {
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
  static final class CodeIn extends CompiledCondition {
    private final int slot;
    private final boolean[] member;

    CodeIn(int slot, boolean[] member) {
      this.slot = slot;
      this.member = member;
    }

    @Override
    int eval(LeadSlots lead) {
      if (!lead.known[slot]) {
        return UNKNOWN;
      }
      return member[(int) lead.num[slot]] ? MET : NOT_MET;
    }
  }

  /** A choices slot (bit mask) compared with a mask: equal, containing any, containing all. */
  static final class Mask extends CompiledCondition {
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
    int eval(LeadSlots lead) {
      if (!lead.known[slot]) {
        return UNKNOWN;
      }
      long x = lead.num[slot];
      boolean met = mode == EQUAL ? x == mask : mode == ANY ? (x & mask) != 0 : (x & mask) == mask;
      return met ? MET : NOT_MET;
    }
  }

  /** A text slot equal to one of some texts. */
  static final class TextIn extends CompiledCondition {
    private final int slot;
    private final String[] texts;

    TextIn(int slot, String[] texts) {
      this.slot = slot;
      this.texts = texts;
    }

    @Override
    int eval(LeadSlots lead) {
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
  static final class Known extends CompiledCondition {
    private final int slot;
    private final boolean known;

    Known(int slot, boolean known) {
      this.slot = slot;
      this.known = known;
    }

    @Override
    int eval(LeadSlots lead) {
      return lead.known[slot] == known ? MET : NOT_MET;
    }
  }

  /** Kleene negation. */
  static final class Not extends CompiledCondition {
    private final CompiledCondition part;

    Not(CompiledCondition part) {
      this.part = part;
    }

    @Override
    int eval(LeadSlots lead) {
      return Kleene.not(part.eval(lead));
    }
  }

  /** Kleene conjunction; NOT_MET dominates, so it may stop at the first NOT_MET. */
  static final class All extends CompiledCondition {
    private final CompiledCondition[] parts;

    All(CompiledCondition[] parts) {
      this.parts = parts;
    }

    @Override
    int eval(LeadSlots lead) {
      int result = MET;
      for (CompiledCondition part : parts) {
        result = Kleene.and(result, part.eval(lead));
        if (result == NOT_MET) {
          return NOT_MET;
        }
      }
      return result;
    }
  }

  /** Kleene disjunction; MET dominates, so it may stop at the first MET. */
  static final class Any extends CompiledCondition {
    private final CompiledCondition[] parts;

    Any(CompiledCondition[] parts) {
      this.parts = parts;
    }

    @Override
    int eval(LeadSlots lead) {
      int result = NOT_MET;
      for (CompiledCondition part : parts) {
        result = Kleene.or(result, part.eval(lead));
        if (result == MET) {
          return MET;
        }
      }
      return result;
    }
  }

  /** MET when n parts are met, NOT_MET when fewer than n can still be met, else UNKNOWN. */
  static final class AtLeast extends CompiledCondition {
    private final int count;
    private final CompiledCondition[] parts;

    AtLeast(int count, CompiledCondition[] parts) {
      this.count = count;
      this.parts = parts;
    }

    @Override
    int eval(LeadSlots lead) {
      int met = 0;
      int unknown = 0;
      for (CompiledCondition part : parts) {
        int s = part.eval(lead);
        if (s == MET) {
          met++;
        } else if (s == UNKNOWN) {
          unknown++;
        }
      }
      return Kleene.atLeast(met, unknown, count);
    }
  }
}
