package dev.leadspec.eval;

import dev.leadspec.internal.ArrayMap;
import dev.leadspec.internal.StringTable;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One field of a compiled contract, checking a lead's fact for it and placing it in its slot. One
 * small class per kind: binding a lead calls each field's binder in turn, a call the processor
 * learns to predict, where one method switching on every field's kind mispredicts its branches
 * lead after lead. Each kind repeats the few lines of the search on purpose: with the search in one
 * shared method (a loop around a per-kind {@code place}, or a final method each kind calls), the
 * benchmark's binding took 108–113 ns per lead against 77.
 *
 * <p>A binder places what the compiled conditions compare: an integer, date, flag or answer's
 * {@linkplain Value#orderingKey() ordering key}, a decimal field's {@linkplain Value#decimal()
 * decimal view}, a code's index. Each binder takes one kind of value, so it tests for that kind
 * ({@code instanceof}, a check rather than a dispatch over kinds) and throws the interpreter's
 * error for any other.
 */
abstract class Binder {
  final Field field;
  /** The field's name, kept here: binding reads it for every lead. */
  final String name;
  final int slot;

  private Binder(Field field, int slot) {
    this.field = field;
    this.name = field.name();
    this.slot = slot;
  }

  /** The binder of a field of the given kind. */
  static Binder of(Field field, int slot, @Nullable StringTable codes) {
    switch (field.kind()) {
      case INTEGER: return new IntegerBinder(field, slot);
      case DECIMAL: return new DecimalBinder(field, slot);
      case CHOICE: return new ChoiceBinder(field, slot, Objects.requireNonNull(codes));
      case CHOICES: return new ChoicesBinder(field, slot, Objects.requireNonNull(codes));
      case FLAG: return new FlagBinder(field, slot);
      case ANSWER: return new AnswerBinder(field, slot);
      case DATE: return new DateBinder(field, slot);
      case TEXT: return new TextBinder(field, slot);
      default: throw new AssertionError(field.kind());
    }
  }

  /**
   * Finds the lead's fact for this field, trying {@code likely} first, checks it and places it in
   * the slot, or marks the slot unknown.
   *
   * @return where the next field's fact is likely to be
   * @throws LeadInputException if the value has the wrong kind or a code outside the field's set
   */
  abstract int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead);

  /** Marks the slot unknown; returns {@code likely}, where the next field's fact may still be. */
  final int unknown(LeadSlots slots, int likely) {
    slots.known[slot] = false;
    slots.num[slot] = 0;
    if (slots.ref.length > 0) {
      slots.ref[slot] = null;
    }
    return likely;
  }

  final LeadInputException wrongKind(Lead lead, Value value) {
    String expected = field.kind() == FieldKind.CHOICE || field.kind() == FieldKind.CHOICES
        ? field.kind().words() + " of " + field.codes()
        : field.kind().words();
    return new LeadInputException(lead.id(), field.name(), expected, value.kindWords() + " " + value);
  }

  final LeadInputException unknownCode(Lead lead, Value value) {
    String expected = (field.kind() == FieldKind.CHOICE ? "one of " : "codes among ") + field.codes();
    return new LeadInputException(lead.id(), field.name(), expected, "\"" + value + "\"");
  }

  private static final class IntegerBinder extends Binder {
    IntegerBinder(Field field, int slot) {
      super(field, slot);
    }

    @Override
    int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead) {
      int at = facts.indexOf(name, likely);
      if (at < 0) {
        return unknown(slots, likely);
      }
      Value value = facts.valueAt(at);
      if (!(value instanceof Value.IntegerValue integer)) {
        throw wrongKind(lead, value);
      }
      slots.num[slot] = integer.number();
      slots.known[slot] = true;
      return at + 1;
    }
  }

  /** A decimal field takes an integer fact too: 5 reads as 5. */
  private static final class DecimalBinder extends Binder {
    DecimalBinder(Field field, int slot) {
      super(field, slot);
    }

    @Override
    int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead) {
      int at = facts.indexOf(name, likely);
      if (at < 0) {
        return unknown(slots, likely);
      }
      Value value = facts.valueAt(at);
      Optional<BigDecimal> number = value.decimal();
      if (number.isEmpty()) {
        throw wrongKind(lead, value);
      }
      slots.ref[slot] = number.get();
      slots.known[slot] = true;
      return at + 1;
    }
  }

  /** A choice becomes the index of its code. */
  private static final class ChoiceBinder extends Binder {
    private final StringTable codes;

    ChoiceBinder(Field field, int slot, StringTable codes) {
      super(field, slot);
      this.codes = codes;
    }

    @Override
    int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead) {
      int at = facts.indexOf(name, likely);
      if (at < 0) {
        return unknown(slots, likely);
      }
      Value value = facts.valueAt(at);
      if (!(value instanceof Value.TextValue text)) {
        throw wrongKind(lead, value);
      }
      int index = codes.indexOf(text.text());
      if (index < 0) {
        throw unknownCode(lead, value);
      }
      slots.num[slot] = index;
      slots.known[slot] = true;
      return at + 1;
    }
  }

  /** A set of choices becomes a bit mask of its codes' indexes. */
  private static final class ChoicesBinder extends Binder {
    private final StringTable codes;

    ChoicesBinder(Field field, int slot, StringTable codes) {
      super(field, slot);
      this.codes = codes;
    }

    @Override
    int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead) {
      int at = facts.indexOf(name, likely);
      if (at < 0) {
        return unknown(slots, likely);
      }
      Value value = facts.valueAt(at);
      if (!(value instanceof Value.CodesValue chosen)) {
        throw wrongKind(lead, value);
      }
      long mask = 0;
      for (String code : chosen.codes()) {
        int bit = codes.indexOf(code);
        if (bit < 0) {
          throw unknownCode(lead, value);
        }
        mask |= 1L << bit;
      }
      slots.num[slot] = mask;
      slots.known[slot] = true;
      return at + 1;
    }
  }

  private static final class FlagBinder extends Binder {
    FlagBinder(Field field, int slot) {
      super(field, slot);
    }

    @Override
    int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead) {
      int at = facts.indexOf(name, likely);
      if (at < 0) {
        return unknown(slots, likely);
      }
      Value value = facts.valueAt(at);
      if (!(value instanceof Value.FlagValue flag)) {
        throw wrongKind(lead, value);
      }
      slots.num[slot] = flag.orderingKey().getAsLong();
      slots.known[slot] = true;
      return at + 1;
    }
  }

  private static final class AnswerBinder extends Binder {
    AnswerBinder(Field field, int slot) {
      super(field, slot);
    }

    @Override
    int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead) {
      int at = facts.indexOf(name, likely);
      if (at < 0) {
        return unknown(slots, likely);
      }
      Value value = facts.valueAt(at);
      if (!(value instanceof Value.AnswerValue answer)) {
        throw wrongKind(lead, value);
      }
      slots.num[slot] = answer.orderingKey().getAsLong();
      slots.known[slot] = true;
      return at + 1;
    }
  }

  /** A date becomes its epoch day. */
  private static final class DateBinder extends Binder {
    DateBinder(Field field, int slot) {
      super(field, slot);
    }

    @Override
    int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead) {
      int at = facts.indexOf(name, likely);
      if (at < 0) {
        return unknown(slots, likely);
      }
      Value value = facts.valueAt(at);
      if (!(value instanceof Value.DateValue date)) {
        throw wrongKind(lead, value);
      }
      slots.num[slot] = date.orderingKey().getAsLong();
      slots.known[slot] = true;
      return at + 1;
    }
  }

  private static final class TextBinder extends Binder {
    TextBinder(Field field, int slot) {
      super(field, slot);
    }

    @Override
    int bind(ArrayMap<Value> facts, int likely, LeadSlots slots, Lead lead) {
      int at = facts.indexOf(name, likely);
      if (at < 0) {
        return unknown(slots, likely);
      }
      Value value = facts.valueAt(at);
      if (!(value instanceof Value.TextValue text)) {
        throw wrongKind(lead, value);
      }
      slots.ref[slot] = text.text();
      slots.known[slot] = true;
      return at + 1;
    }
  }
}
