package dev.leadspec.test;

import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.TableResult;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Money;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately naive evaluator written straight from DESIGN.md's semantics, to check the
 * production evaluator against: it walks the model's conditions for every lead, looks every
 * field up by name and compares values with plain {@code equals}/{@code compareTo}. No
 * compilation, nothing shared with {@code dev.leadspec.eval} but its result enums.
 */
final class ReferenceEvaluator {
  private ReferenceEvaluator() {}

  /** What the reference decides for one lead. */
  record Decision(Outcome outcome, List<String> reasons, List<Status> statuses, List<Status> counted, List<List<String>> readings,
      List<TableDecision> tables, Optional<Money> price) {}

  /** One table's decision for an accepted lead. */
  record TableDecision(String tableId, TableResult.RowMatch status, List<String> rowIds, Optional<Output> output) {}

  static Decision evaluate(Contract contract, Lead lead) {
    check(contract, lead);
    List<Status> statuses = new ArrayList<>();
    List<Status> counted = new ArrayList<>();
    List<String> failing = new ArrayList<>();
    List<String> required = new ArrayList<>();
    List<List<String>> readings = new ArrayList<>();
    for (Criterion criterion : contract.criteria()) {
      readings.add(readings(criterion.condition(), lead));
      Status status = status(contract, criterion.condition(), lead);
      Status countsAs = status == Status.UNKNOWN ? criterion.unknownAs() : status;
      statuses.add(status);
      counted.add(countsAs);
      // REQUIRED: the lead counts only if it is MET. DISQUALIFIER: the lead does not count if it is MET.
      if (criterion.role() == Role.REQUIRED) {
        required.add(criterion.id());
        if (countsAs != Status.MET) {
          failing.add(criterion.id());
        }
      } else if (countsAs == Status.MET) {
        failing.add(criterion.id());
      }
    }
    boolean accepted = failing.isEmpty();
    List<TableDecision> tables = new ArrayList<>();
    if (accepted) {
      for (Table table : contract.tables()) {
        tables.add(table(contract, table, lead));
      }
    }
    // price: an accepted lead is paid the fixed price, or its price table's output when exactly one row decided
    Optional<Money> price = Optional.empty();
    if (accepted) {
      price = contract.terms().price();
      Optional<String> priceTable = contract.terms().priceTable();
      if (priceTable.isPresent()) {
        for (TableDecision table : tables) {
          if (table.tableId().equals(priceTable.get())) {
            price = table.output().map(Money.class::cast);
          }
        }
      }
    }
    // reasons: a rejection lists every failing criterion; an acceptance its required criteria
    return new Decision(accepted ? Outcome.ACCEPTED : Outcome.REJECTED, accepted ? required : failing, statuses, counted, readings, tables,
        price);
  }

  /** The facts a condition reads, each field once in the order it first appears: {@code employees = 49}, {@code q = unknown}. */
  private static List<String> readings(Condition condition, Lead lead) {
    List<String> fields = new ArrayList<>();
    fieldsOf(condition, fields);
    List<String> readings = new ArrayList<>();
    for (String field : fields) {
      readings.add(field + " = " + lead.fact(field).map(Object::toString).orElse("unknown"));
    }
    return readings;
  }

  private static void fieldsOf(Condition condition, List<String> fields) {
    condition.accept(new FieldsRead(fields));
  }

  /** Adds each field a condition reads, once, in the order it first appears. */
  private static final class FieldsRead implements Condition.Visitor<List<String>> {
    private final List<String> fields;

    FieldsRead(List<String> fields) {
      this.fields = fields;
    }

    @Override
    public List<String> visit(Condition.Compare compare) {
      return add(compare.field());
    }

    @Override
    public List<String> visit(Condition.Between between) {
      return add(between.field());
    }

    @Override
    public List<String> visit(Condition.In in) {
      return add(in.field());
    }

    @Override
    public List<String> visit(Condition.Contains contains) {
      return add(contains.field());
    }

    @Override
    public List<String> visit(Condition.Known known) {
      return add(known.field());
    }

    @Override
    public List<String> visit(Condition.All all) {
      return parts(all.parts());
    }

    @Override
    public List<String> visit(Condition.Any any) {
      return parts(any.parts());
    }

    @Override
    public List<String> visit(Condition.Not not) {
      return not.part().accept(this);
    }

    @Override
    public List<String> visit(Condition.AtLeast atLeast) {
      return parts(atLeast.parts());
    }

    private List<String> add(String field) {
      if (!fields.contains(field)) {
        fields.add(field);
      }
      return fields;
    }

    private List<String> parts(List<Condition> parts) {
      parts.forEach(part -> part.accept(this));
      return fields;
    }
  }

  private static TableDecision table(Contract contract, Table table, Lead lead) {
    List<Row> matching = new ArrayList<>();
    for (Row row : table.rows()) {
      if (status(contract, row.condition(), lead) == Status.MET) {
        matching.add(row);
      }
    }
    if (matching.isEmpty()) {
      return new TableDecision(table.id(), table.complete() ? TableResult.RowMatch.NO_MATCH : TableResult.RowMatch.NONE, List.of(), Optional.empty());
    }
    if (table.hitPolicy() == HitPolicy.UNIQUE && matching.size() > 1) {
      List<String> ids = new ArrayList<>();
      for (Row row : matching) {
        ids.add(row.id());
      }
      return new TableDecision(table.id(), TableResult.RowMatch.CONFLICT, ids, Optional.empty());
    }
    Row first = matching.get(0);
    return new TableDecision(table.id(), TableResult.RowMatch.MATCHED, List.of(first.id()), Optional.of(first.output()));
  }

  /** A fact of the wrong kind, or a code outside the field's set, is an input error; undeclared facts are ignored. */
  private static void check(Contract contract, Lead lead) {
    for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
      Optional<Field> declared = contract.field(fact.getKey());
      if (declared.isEmpty()) {
        continue;
      }
      Field field = declared.get();
      Value value = fact.getValue();
      boolean fits = value.accept(new Fits(field));
      if (!fits) {
        throw new LeadInputException(lead.id(), field.name(), field.kind().words(), value.kindWords() + " " + value);
      }
    }
  }

  /** Whether a fact has its field's kind, and only its codes; an integer is a decimal by value, as an integer literal on a decimal field is. */
  private static final class Fits implements Value.Visitor<Boolean> {
    private final Field field;

    Fits(Field field) {
      this.field = field;
    }

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
      return field.kind() == FieldKind.INTEGER || field.kind() == FieldKind.DECIMAL;
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

  static Status status(Contract contract, Condition condition, Lead lead) {
    return condition.accept(new Statuses(lead));
  }

  /**
   * A condition's status for one lead, by Kleene's three-valued rules written out here on
   * purpose: this oracle shares neither {@code dev.leadspec.internal.Kleene} nor the model's
   * value semantics ({@code Value.decimal()}, {@code orderingKey()}, {@code KeyRange}) with the
   * evaluator it checks, so that a mistake there cannot hide by being made twice.
   */
  private static final class Statuses implements Condition.Visitor<Status> {
    private final Lead lead;

    Statuses(Lead lead) {
      this.lead = lead;
    }

    @Override
    public Status visit(Condition.Known known) {
      boolean isKnown = lead.fact(known.field()).isPresent();
      return isKnown == known.known() ? Status.MET : Status.NOT_MET;
    }

    @Override
    public Status visit(Condition.All all) {
      boolean anyUnknown = false;
      for (Condition part : all.parts()) {
        Status status = part.accept(this);
        if (status == Status.NOT_MET) {
          return Status.NOT_MET;
        }
        anyUnknown |= status == Status.UNKNOWN;
      }
      return anyUnknown ? Status.UNKNOWN : Status.MET;
    }

    @Override
    public Status visit(Condition.Any any) {
      boolean anyUnknown = false;
      for (Condition part : any.parts()) {
        Status status = part.accept(this);
        if (status == Status.MET) {
          return Status.MET;
        }
        anyUnknown |= status == Status.UNKNOWN;
      }
      return anyUnknown ? Status.UNKNOWN : Status.NOT_MET;
    }

    @Override
    public Status visit(Condition.Not not) {
      Status status = not.part().accept(this);
      return status == Status.MET ? Status.NOT_MET : status == Status.NOT_MET ? Status.MET : Status.UNKNOWN;
    }

    @Override
    public Status visit(Condition.AtLeast atLeast) {
      int met = 0;
      int unknown = 0;
      for (Condition part : atLeast.parts()) {
        Status status = part.accept(this);
        if (status == Status.MET) {
          met++;
        } else if (status == Status.UNKNOWN) {
          unknown++;
        }
      }
      if (met >= atLeast.count()) {
        return Status.MET;
      }
      return met + unknown < atLeast.count() ? Status.NOT_MET : Status.UNKNOWN;
    }

    // leaves: a comparison over an unknown fact is UNKNOWN

    @Override
    public Status visit(Condition.Compare compare) {
      Optional<Value> fact = lead.fact(compare.field());
      if (fact.isEmpty()) {
        return Status.UNKNOWN;
      }
      return of(compares(compare, fact.get()));
    }

    @Override
    public Status visit(Condition.Between between) {
      Optional<Value> fact = lead.fact(between.field());
      if (fact.isEmpty()) {
        return Status.UNKNOWN;
      }
      int low = order(fact.get(), between.low());
      int high = order(fact.get(), between.high());
      boolean aboveLow = between.lowInclusive() ? low >= 0 : low > 0;
      boolean belowHigh = between.highInclusive() ? high <= 0 : high < 0;
      return of(aboveLow && belowHigh);
    }

    @Override
    public Status visit(Condition.In in) {
      Optional<Value> fact = lead.fact(in.field());
      if (fact.isEmpty()) {
        return Status.UNKNOWN;
      }
      boolean member = in.codes().contains(((Value.TextValue) fact.get()).text());
      return of(in.negated() != member);
    }

    @Override
    public Status visit(Condition.Contains contains) {
      Optional<Value> fact = lead.fact(contains.field());
      if (fact.isEmpty()) {
        return Status.UNKNOWN;
      }
      List<String> codes = ((Value.CodesValue) fact.get()).codes();
      if (contains.all()) {
        return of(codes.containsAll(contains.codes()));
      }
      for (String code : contains.codes()) {
        if (codes.contains(code)) {
          return Status.MET;
        }
      }
      return Status.NOT_MET;
    }

    private static Status of(boolean met) {
      return met ? Status.MET : Status.NOT_MET;
    }
  }

  private static boolean compares(Condition.Compare compare, Value fact) {
    switch (compare.operator()) {
      case EQ:
        return same(fact, compare.value());
      case NE:
        return !same(fact, compare.value());
      case LT:
        return order(fact, compare.value()) < 0;
      case LE:
        return order(fact, compare.value()) <= 0;
      case GT:
        return order(fact, compare.value()) > 0;
      case GE:
        return order(fact, compare.value()) >= 0;
      default:
        throw new AssertionError(compare.operator());
    }
  }

  /** Equality by value: numbers by compareTo (1.0 = 1.00, and an integer literal on a decimal field), sets as sets. */
  private static boolean same(Value fact, Value literal) {
    Object f = fact.accept(Plain.INSTANCE);
    Object l = literal.accept(Plain.INSTANCE);
    if (f instanceof BigDecimal x && l instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return f.equals(l);
  }

  /** Order of a number with a number, or of a date with a date. */
  private static int order(Value fact, Value literal) {
    Object f = fact.accept(Plain.INSTANCE);
    Object l = literal.accept(Plain.INSTANCE);
    if (f instanceof LocalDate x && l instanceof LocalDate y) {
      return x.compareTo(y);
    }
    return ((BigDecimal) f).compareTo((BigDecimal) l);
  }

  /** A value as the plain Java value it stands for: a number as a {@code BigDecimal}, a set of codes as a {@code Set}. */
  private static final class Plain implements Value.Visitor<Object> {
    static final Plain INSTANCE = new Plain();

    @Override
    public Object visit(Value.TextValue value) {
      return value.text();
    }

    @Override
    public Object visit(Value.CodesValue value) {
      return Set.copyOf(value.codes());
    }

    @Override
    public Object visit(Value.IntegerValue value) {
      return BigDecimal.valueOf(value.number());
    }

    @Override
    public Object visit(Value.DecimalValue value) {
      return value.number();
    }

    @Override
    public Object visit(Value.FlagValue value) {
      return value.flag();
    }

    @Override
    public Object visit(Value.AnswerValue value) {
      return value.answer();
    }

    @Override
    public Object visit(Value.DateValue value) {
      return value.date();
    }
  }
}
