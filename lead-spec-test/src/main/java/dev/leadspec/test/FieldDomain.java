package dev.leadspec.test;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The values of one field worth trying: every code, each literal the contract compares the field
 * with and its neighbours (±1 unit, ± the smallest decimal step, ±1 day), plus wild values for
 * random leads and simpler values for shrinking. Unknown is handled by the callers.
 */
final class FieldDomain {
  private final Field field;
  private final List<Value> interesting;
  private final List<Value> literals;

  FieldDomain(Field field, List<Condition> conditions, LocalDate anchorDate) {
    this.field = field;
    List<Value> found = new ArrayList<>();
    for (Condition condition : conditions) {
      collect(condition, field.name(), found);
    }
    this.literals = List.copyOf(found);
    this.interesting = List.copyOf(interesting(field, literals, anchorDate));
  }

  Field field() {
    return field;
  }

  String name() {
    return field.name();
  }

  /** Known interesting values, simplest first (numbers ascending, codes in declaration order). */
  List<Value> interesting() {
    return interesting;
  }

  private static void collect(Condition condition, String name, List<Value> into) {
    new FieldLiterals(name, into).walk(condition);
  }

  /** Adds the literals a condition compares one field with, parts included. */
  private static final class FieldLiterals extends Condition.LeafVisitor {
    private final String name;
    private final List<Value> into;

    FieldLiterals(String name, List<Value> into) {
      this.name = name;
      this.into = into;
    }

    @Override
    protected void visit(Condition.Compare compare) {
      if (compare.field().equals(name)) {
        into.add(compare.value());
      }
    }

    @Override
    protected void visit(Condition.Between between) {
      if (between.field().equals(name)) {
        into.add(between.low());
        into.add(between.high());
      }
    }

    @Override
    protected void visit(Condition.In in) {
      if (in.field().equals(name)) {
        for (String code : in.codes()) {
          into.add(Value.of(code));
        }
      }
    }

    @Override
    protected void visit(Condition.Contains contains) {
      if (contains.field().equals(name)) {
        into.add(Value.codes(contains.codes()));
      }
    }

    @Override
    protected void visit(Condition.Known known) {
      // compares with no literal
    }
  }

  private static List<Value> interesting(Field field, List<Value> literals, LocalDate anchor) {
    List<Value> values = new ArrayList<>();
    switch (field.kind()) {
      case INTEGER: {
        TreeSet<Long> numbers = new TreeSet<>();
        for (Value literal : literals) {
          long n = ((Value.IntegerValue) literal).number();
          numbers.add(n);
          if (n != Long.MIN_VALUE) {
            numbers.add(n - 1);
          }
          if (n != Long.MAX_VALUE) {
            numbers.add(n + 1);
          }
        }
        if (numbers.isEmpty()) {
          numbers.add(0L);
        }
        numbers.forEach(n -> values.add(Value.of(n)));
        break;
      }
      case DECIMAL: {
        List<BigDecimal> bounds = new ArrayList<>();
        int scale = 0;
        for (Value literal : literals) {
          BigDecimal b = decimal(literal);
          bounds.add(b);
          scale = Math.max(scale, b.scale());
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale + 1);
        TreeSet<BigDecimal> numbers = new TreeSet<>();
        for (BigDecimal b : bounds) {
          numbers.add(b);
          numbers.add(b.subtract(BigDecimal.ONE));
          numbers.add(b.add(BigDecimal.ONE));
          numbers.add(b.subtract(step));
          numbers.add(b.add(step));
        }
        if (numbers.isEmpty()) {
          numbers.add(BigDecimal.ZERO);
        }
        numbers.forEach(n -> values.add(Value.of(n)));
        break;
      }
      case DATE: {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Value literal : literals) {
          LocalDate d = ((Value.DateValue) literal).date();
          dates.add(d);
          if (!d.equals(LocalDate.MIN)) {
            dates.add(d.minusDays(1));
          }
          if (!d.equals(LocalDate.MAX)) {
            dates.add(d.plusDays(1));
          }
        }
        if (dates.isEmpty()) {
          dates.add(anchor);
        }
        dates.forEach(d -> values.add(Value.of(d)));
        break;
      }
      case CHOICE:
        for (String code : field.codes()) {
          values.add(Value.of(code));
        }
        break;
      case CHOICES: {
        Set<Value> sets = new LinkedHashSet<>();
        sets.add(Value.codes(List.of()));
        for (String code : field.codes()) {
          sets.add(Value.codes(code));
        }
        for (Value literal : literals) {
          List<String> codes = ((Value.CodesValue) literal).codes();
          sets.add(literal);
          if (codes.size() > 1) {
            for (String dropped : codes) {
              List<String> fewer = new ArrayList<>(codes);
              fewer.remove(dropped);
              sets.add(Value.codes(fewer));
            }
          }
        }
        sets.add(Value.codes(field.codes()));
        values.addAll(sets);
        break;
      }
      case TEXT: {
        Set<String> texts = new LinkedHashSet<>();
        for (Value literal : literals) {
          texts.add(((Value.TextValue) literal).text());
        }
        String other = "other";
        while (texts.contains(other)) {
          other = other + "'";
        }
        texts.add(other);
        texts.forEach(t -> values.add(Value.of(t)));
        break;
      }
      case FLAG:
        values.add(Value.of(false));
        values.add(Value.of(true));
        break;
      case ANSWER:
        values.add(Value.of(Answer.YES));
        values.add(Value.of(Answer.NO));
        break;
      default:
        throw new AssertionError(field.kind());
    }
    return values;
  }

  /** The number of an integer or decimal literal or value ({@link Value#decimal()}). */
  static BigDecimal decimal(Value value) {
    return value.decimal().orElseThrow();
  }

  /**
   * A value for a random lead: mostly an interesting one, sometimes a wild one that no literal
   * suggests (a far number, another scale, a random subset, a fresh text).
   */
  Value random(SplittableRandom random) {
    if (random.nextInt(5) > 0) {
      return interesting.get(random.nextInt(interesting.size()));
    }
    return wild(random);
  }

  private Value wild(SplittableRandom random) {
    switch (field.kind()) {
      case INTEGER: {
        long base = ((Value.IntegerValue) interesting.get(random.nextInt(interesting.size()))).number();
        int pick = random.nextInt(4);
        if (pick == 0) {
          return Value.of(random.nextLong());
        }
        long offset = random.nextLong(-100, 101);
        long moved = base + offset;
        boolean overflow = ((base ^ moved) & (offset ^ moved)) < 0;
        return Value.of(overflow ? base : moved);
      }
      case DECIMAL: {
        BigDecimal base = decimal(interesting.get(random.nextInt(interesting.size())));
        int scale = random.nextInt(4);
        BigDecimal offset = BigDecimal.valueOf(random.nextLong(-2000, 2001), scale);
        BigDecimal moved = base.add(offset);
        if (random.nextInt(3) == 0) {
          moved = moved.setScale(moved.scale() + 1 + random.nextInt(2));
        }
        return Value.of(moved);
      }
      case DATE: {
        LocalDate base = ((Value.DateValue) interesting.get(random.nextInt(interesting.size()))).date();
        try {
          return Value.of(base.plusDays(random.nextLong(-400, 401)));
        } catch (java.time.DateTimeException e) {
          return Value.of(base);
        }
      }
      case CHOICE:
        return Value.of(field.codes().get(random.nextInt(field.codes().size())));
      case CHOICES: {
        List<String> chosen = new ArrayList<>();
        for (String code : field.codes()) {
          if (random.nextBoolean()) {
            chosen.add(code);
          }
        }
        return Value.codes(chosen);
      }
      case TEXT:
        return Value.of("t" + Integer.toString(random.nextInt(1000), 36));
      case FLAG:
        return Value.of(random.nextBoolean());
      case ANSWER:
        return Value.of(random.nextBoolean() ? Answer.YES : Answer.NO);
      default:
        throw new AssertionError(field.kind());
    }
  }

  /**
   * Simpler values to try in place of {@code value} when shrinking, best first: a number, date
   * or text no literal suggests moves to the nearest interesting value; an interesting value
   * moves to an earlier one only when it is a code (the first code that still fails wins); a
   * set of codes loses one code.
   */
  List<Value> simpler(Value value) {
    List<Value> candidates = new ArrayList<>();
    int index = interesting.indexOf(value);
    switch (field.kind()) {
      case INTEGER:
      case DECIMAL:
      case DATE:
        if (index < 0) {
          candidates.addAll(interesting);
          candidates.sort(Comparator.comparing((Value v) -> distance(v, value)));
        }
        break;
      case CHOICES: {
        List<String> codes = ((Value.CodesValue) value).codes();
        for (String code : codes) {
          List<String> fewer = new ArrayList<>(codes);
          fewer.remove(code);
          candidates.add(Value.codes(fewer));
        }
        break;
      }
      default:
        candidates.addAll(index < 0 ? interesting : interesting.subList(0, index));
        break;
    }
    return candidates;
  }

  private BigDecimal distance(Value a, Value b) {
    if (FieldKind.DATE.admits(a) && FieldKind.DATE.admits(b)) {
      return BigDecimal.valueOf(Math.abs(a.orderingKey().getAsLong() - b.orderingKey().getAsLong()));
    }
    return decimal(a).subtract(decimal(b)).abs();
  }

  /**
   * Whether the value has the field's kind and only its codes (so a generated lead is valid); on
   * a decimal field, a decimal: a generated lead gives it no integer.
   */
  boolean fits(Value value) {
    return value.accept(new Fits());
  }

  private final class Fits implements Value.Visitor<Boolean> {
    @Override
    public Boolean visit(Value.TextValue value) {
      return field.kind() == FieldKind.TEXT || field.kind() == FieldKind.CHOICE && field.codes().contains(value.text());
    }

    @Override
    public Boolean visit(Value.CodesValue value) {
      return field.kind() == FieldKind.CHOICES && field.codes().containsAll(value.codes());
    }

    @Override
    public Boolean visit(Value.IntegerValue value) {
      return field.kind() == FieldKind.INTEGER;
    }

    @Override
    public Boolean visit(Value.DecimalValue value) {
      return field.kind() == FieldKind.DECIMAL;
    }

    @Override
    public Boolean visit(Value.FlagValue value) {
      return field.kind() == FieldKind.FLAG;
    }

    @Override
    public Boolean visit(Value.AnswerValue value) {
      return field.kind() == FieldKind.ANSWER;
    }

    @Override
    public Boolean visit(Value.DateValue value) {
      return field.kind() == FieldKind.DATE;
    }
  }

  @Override
  public String toString() {
    return field.name() + " " + interesting;
  }
}
