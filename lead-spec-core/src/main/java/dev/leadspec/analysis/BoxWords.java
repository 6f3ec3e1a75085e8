package dev.leadspec.analysis;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains boxes of a {@link Space} to people: a box in words ({@code employees 40–49, industry
 * RETAIL or LOGISTICS}), a lead's facts in words, and a box as conditions of the contract
 * language that the text package words in a contract's own labels.
 */
final class BoxWords {
  private final Space space;

  BoxWords(Space space) {
    this.space = space;
  }

  /**
   * The box in words, field by field: {@code employees 40–49, industry RETAIL or LOGISTICS}.
   * Only the named fields are described when {@code only} is not empty and one of them is
   * restricted; empty when no field is.
   */
  String words(Box box, Set<String> only) {
    boolean useOnly = false;
    for (Space.FieldSpace field : space.fields) {
      useOnly |= only.contains(field.name) && !space.free(box, field);
    }
    List<String> parts = new ArrayList<>();
    for (Space.FieldSpace field : space.fields) {
      if (space.free(box, field) || (useOnly && !only.contains(field.name))) {
        continue;
      }
      parts.add(field.name + " " + fieldWords(box, field));
    }
    return String.join(", ", parts);
  }

  private String fieldWords(Box box, Space.FieldSpace field) {
    Dim dim = space.dims.get(field.dim);
    AtomSet set = box.set(field.dim);
    boolean unknown = dim.unknownAtom() >= 0 && set.contains(dim.unknownAtom());
    List<String> words = new ArrayList<>();
    if (field.kind == FieldKind.CHOICES) {
      if (set.contains(0)) {
        List<String> with = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (int i = 0; i < field.bitDims.length; i++) {
          AtomSet bit = box.set(field.bitDims[i]);
          String code = i == field.otherBit ? "another code" : field.bitCodes[i];
          if (!bit.contains(0)) {
            with.add(code);
          } else if (!bit.contains(1)) {
            without.add(code);
          }
        }
        String text = (with.isEmpty() ? "" : "with " + String.join(" and ", with))
            + (with.isEmpty() || without.isEmpty() ? "" : " ")
            + (without.isEmpty() ? "" : "without " + String.join(" or ", without));
        words.add(text.isEmpty() ? "known" : text);
      }
    } else if (field.kind == FieldKind.CHOICE && unknown) {
      List<String> others = new ArrayList<>();
      for (int c = 0; c < field.names.size(); c++) {
        if (!set.contains(c)) {
          others.add(field.names.get(c));
        }
      }
      if (!others.isEmpty() && others.size() < field.names.size() - others.size()) {
        return "not " + String.join(" or ", others);
      }
      words.addAll(dim.words(set));
    } else {
      words.addAll(dim.words(set));
    }
    if (unknown) {
      words.add("unknown");
    }
    return String.join(" or ", words);
  }

  /** {@code leads with <words>}, or {@code all leads} when the words are empty. */
  static String leadsWith(String words) {
    return words.isEmpty() ? "all leads" : "leads with " + words;
  }

  /** The lead's facts in words: {@code employees = 45, industry = RETAIL}. */
  static String facts(Lead lead) {
    if (lead.facts().isEmpty()) {
      return "a lead with no facts";
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
      parts.add(fact.getKey() + " = " + fact.getValue());
    }
    return String.join(", ", parts);
  }

  /**
   * The box as a condition over its restricted fields, one part per field (an {@code all} of them
   * when there are several; {@code Known} of no field when none is): what the text package words
   * in a contract's own labels. A choices field's "another code" is left out.
   */
  List<Condition> conditions(Box box) {
    List<Condition> parts = new ArrayList<>();
    for (Space.FieldSpace field : space.fields) {
      if (!space.free(box, field)) {
        parts.add(condition(box, field));
      }
    }
    return parts;
  }

  private Condition condition(Box box, Space.FieldSpace field) {
    Dim dim = space.dims.get(field.dim);
    AtomSet set = box.set(field.dim);
    int unknownAtom = dim.unknownAtom();
    boolean unknown = unknownAtom >= 0 && set.contains(unknownAtom);
    List<Condition> parts = new ArrayList<>();
    String name = field.name;
    if (!field.comparable) {
      return new Condition.Known(name, false);
    }
    switch (field.kind) {
      case INTEGER:
      case DATE: {
        Dim.Longs longs = (Dim.Longs) dim;
        boolean date = field.kind == FieldKind.DATE;
        int a = set.first();
        while (a >= 0 && a < unknownAtom) {
          int b = a;
          while (b + 1 < unknownAtom && set.contains(b + 1)) {
            b++;
          }
          long lo = longs.lo(a);
          long hi = longs.hi(b);
          if (lo == longs.min && hi == longs.max) {
            parts.add(new Condition.Known(name, true));
          } else if (lo == longs.min) {
            parts.add(new Condition.Compare(name, Operator.LE, longValue(hi, date)));
          } else if (hi == longs.max) {
            parts.add(new Condition.Compare(name, Operator.GE, longValue(lo, date)));
          } else if (lo == hi) {
            parts.add(new Condition.Compare(name, Operator.EQ, longValue(lo, date)));
          } else {
            parts.add(new Condition.Between(name, longValue(lo, date), longValue(hi, date), true, true));
          }
          a = set.next(b + 1);
        }
        break;
      }
      case DECIMAL: {
        Dim.Decimals decimals = (Dim.Decimals) dim;
        BigDecimal[] points = decimals.points;
        int n = unknownAtom;
        int a = set.first();
        while (a >= 0 && a < n) {
          int b = a;
          while (b + 1 < n && set.contains(b + 1)) {
            b++;
          }
          BigDecimal lo = a == 0 ? null : points[(a - 1) / 2];
          boolean loInclusive = decimals.isPoint(a);
          BigDecimal hi = b == n - 1 ? null : points[b / 2];
          boolean hiInclusive = decimals.isPoint(b);
          if (a == b && decimals.isPoint(a)) {
            parts.add(new Condition.Compare(name, Operator.EQ, Value.of(lo)));
          } else if (lo == null && hi == null) {
            parts.add(new Condition.Known(name, true));
          } else if (lo == null) {
            parts.add(new Condition.Compare(name, hiInclusive ? Operator.LE : Operator.LT, Value.of(hi)));
          } else if (hi == null) {
            parts.add(new Condition.Compare(name, loInclusive ? Operator.GE : Operator.GT, Value.of(lo)));
          } else {
            parts.add(new Condition.Between(name, Value.of(lo), Value.of(hi), loInclusive, hiInclusive));
          }
          a = set.next(b + 1);
        }
        break;
      }
      case FLAG:
      case ANSWER: {
        int known = set.andNot(unknownAtom >= 0 ? AtomSet.of(dim.size(), unknownAtom) : AtomSet.empty(dim.size())).count();
        if (known == 2) {
          parts.add(new Condition.Known(name, true));
        } else if (known == 1) {
          boolean yes = set.contains(1);
          parts.add(new Condition.Compare(name, Operator.EQ,
              field.kind == FieldKind.FLAG ? Value.of(yes) : Value.of(yes ? Answer.YES : Answer.NO)));
        }
        break;
      }
      case CHOICE: {
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < field.names.size(); c++) {
          if (set.contains(c)) {
            codes.add(field.names.get(c));
          }
        }
        List<String> others = new ArrayList<>(field.names);
        others.removeAll(codes);
        if (codes.size() == field.names.size() && !codes.isEmpty()) {
          parts.add(new Condition.Known(name, true));
        } else if (unknown && !others.isEmpty() && others.size() < codes.size()) {
          return new Condition.In(name, others, true);
        } else if (codes.size() == 1) {
          parts.add(new Condition.Compare(name, Operator.EQ, Value.of(codes.get(0))));
        } else if (!codes.isEmpty()) {
          parts.add(new Condition.In(name, codes, false));
        }
        break;
      }
      case TEXT: {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < field.names.size(); c++) {
          (set.contains(c) ? in : out).add(field.names.get(c));
        }
        boolean other = set.contains(field.names.size());
        if (other && out.isEmpty()) {
          parts.add(new Condition.Known(name, true));
        } else if (other) {
          parts.add(new Condition.In(name, out, true));
        } else if (!in.isEmpty()) {
          parts.add(new Condition.In(name, in, false));
        }
        break;
      }
      case CHOICES: {
        if (set.contains(0)) {
          List<String> with = new ArrayList<>();
          List<String> without = new ArrayList<>();
          for (int i = 0; i < field.bitDims.length; i++) {
            if (i == field.otherBit) {
              continue;
            }
            AtomSet bit = box.set(field.bitDims[i]);
            if (!bit.contains(0)) {
              with.add(field.bitCodes[i]);
            } else if (!bit.contains(1)) {
              without.add(field.bitCodes[i]);
            }
          }
          List<Condition> known = new ArrayList<>();
          if (!with.isEmpty()) {
            known.add(new Condition.Contains(name, with, true));
          }
          if (!without.isEmpty()) {
            known.add(new Condition.Not(new Condition.Contains(name, without, false)));
          }
          parts.add(known.isEmpty() ? new Condition.Known(name, true) : known.size() == 1 ? known.get(0) : new Condition.All(known));
        }
        break;
      }
      default:
        throw new AssertionError(field.kind);
    }
    if (unknown) {
      parts.add(new Condition.Known(name, false));
    }
    return parts.size() == 1 ? parts.get(0) : new Condition.Any(parts);
  }

  private static Value longValue(long x, boolean date) {
    return date ? Value.of(LocalDate.ofEpochDay(x)) : Value.of(x);
  }
}
