package dev.leadspec.test;

import dev.leadspec.eval.Outcome;
import dev.leadspec.eval.TableResult;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    if (condition instanceof Condition.All all) {
      all.parts().forEach(part -> fieldsOf(part, fields));
    } else if (condition instanceof Condition.Any any) {
      any.parts().forEach(part -> fieldsOf(part, fields));
    } else if (condition instanceof Condition.AtLeast atLeast) {
      atLeast.parts().forEach(part -> fieldsOf(part, fields));
    } else if (condition instanceof Condition.Not not) {
      fieldsOf(not.part(), fields);
    } else {
      String field = condition instanceof Condition.Known known ? known.field() : leafField(condition);
      if (!fields.contains(field)) {
        fields.add(field);
      }
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
      boolean fits;
      switch (field.kind()) {
        case CHOICE:
          fits = value instanceof Value.TextValue t && field.codes().contains(t.text());
          break;
        case CHOICES:
          fits = value instanceof Value.CodesValue c && field.codes().containsAll(c.codes());
          break;
        case INTEGER:
          fits = value instanceof Value.IntegerValue;
          break;
        case DECIMAL:
          // an integer is a decimal by value, as an integer literal on a decimal field is
          fits = value instanceof Value.DecimalValue || value instanceof Value.IntegerValue;
          break;
        case FLAG:
          fits = value instanceof Value.FlagValue;
          break;
        case ANSWER:
          fits = value instanceof Value.AnswerValue;
          break;
        case DATE:
          fits = value instanceof Value.DateValue;
          break;
        case TEXT:
          fits = value instanceof Value.TextValue;
          break;
        default:
          throw new AssertionError(field.kind());
      }
      if (!fits) {
        throw new LeadInputException(lead.id(), field.name(), field.kind().words(), value.kindWords() + " " + value);
      }
    }
  }

  static Status status(Contract contract, Condition condition, Lead lead) {
    if (condition instanceof Condition.Known known) {
      boolean isKnown = lead.fact(known.field()).isPresent();
      return isKnown == known.known() ? Status.MET : Status.NOT_MET;
    }
    if (condition instanceof Condition.All all) {
      boolean anyUnknown = false;
      for (Condition part : all.parts()) {
        Status status = status(contract, part, lead);
        if (status == Status.NOT_MET) {
          return Status.NOT_MET;
        }
        anyUnknown |= status == Status.UNKNOWN;
      }
      return anyUnknown ? Status.UNKNOWN : Status.MET;
    }
    if (condition instanceof Condition.Any any) {
      boolean anyUnknown = false;
      for (Condition part : any.parts()) {
        Status status = status(contract, part, lead);
        if (status == Status.MET) {
          return Status.MET;
        }
        anyUnknown |= status == Status.UNKNOWN;
      }
      return anyUnknown ? Status.UNKNOWN : Status.NOT_MET;
    }
    if (condition instanceof Condition.Not not) {
      Status status = status(contract, not.part(), lead);
      return status == Status.MET ? Status.NOT_MET : status == Status.NOT_MET ? Status.MET : Status.UNKNOWN;
    }
    if (condition instanceof Condition.AtLeast atLeast) {
      int met = 0;
      int unknown = 0;
      for (Condition part : atLeast.parts()) {
        Status status = status(contract, part, lead);
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
    String name = leafField(condition);
    Optional<Value> fact = lead.fact(name);
    if (fact.isEmpty()) {
      return Status.UNKNOWN;
    }
    return leaf(condition, fact.get()) ? Status.MET : Status.NOT_MET;
  }

  private static String leafField(Condition condition) {
    if (condition instanceof Condition.Compare c) {
      return c.field();
    }
    if (condition instanceof Condition.Between b) {
      return b.field();
    }
    if (condition instanceof Condition.In i) {
      return i.field();
    }
    if (condition instanceof Condition.Contains c) {
      return c.field();
    }
    throw new AssertionError(condition);
  }

  private static boolean leaf(Condition condition, Value fact) {
    if (condition instanceof Condition.Compare compare) {
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
    if (condition instanceof Condition.Between between) {
      int low = order(fact, between.low());
      int high = order(fact, between.high());
      boolean aboveLow = between.lowInclusive() ? low >= 0 : low > 0;
      boolean belowHigh = between.highInclusive() ? high <= 0 : high < 0;
      return aboveLow && belowHigh;
    }
    if (condition instanceof Condition.In in) {
      boolean member = in.codes().contains(((Value.TextValue) fact).text());
      return in.negated() != member;
    }
    if (condition instanceof Condition.Contains contains) {
      List<String> codes = ((Value.CodesValue) fact).codes();
      if (contains.all()) {
        return codes.containsAll(contains.codes());
      }
      for (String code : contains.codes()) {
        if (codes.contains(code)) {
          return true;
        }
      }
      return false;
    }
    throw new AssertionError(condition);
  }

  /** Equality by value: decimals by compareTo (1.0 = 1.00, and an integer literal on a decimal field), sets as sets. */
  private static boolean same(Value fact, Value literal) {
    if (fact instanceof Value.DecimalValue || literal instanceof Value.DecimalValue) {
      return decimal(fact).compareTo(decimal(literal)) == 0;
    }
    if (fact instanceof Value.CodesValue f && literal instanceof Value.CodesValue l) {
      return f.codes().size() == l.codes().size() && f.codes().containsAll(l.codes());
    }
    return fact.equals(literal);
  }

  private static int order(Value fact, Value literal) {
    if (fact instanceof Value.DateValue f && literal instanceof Value.DateValue l) {
      return f.date().compareTo(l.date());
    }
    return decimal(fact).compareTo(decimal(literal));
  }

  private static BigDecimal decimal(Value value) {
    if (value instanceof Value.IntegerValue i) {
      return BigDecimal.valueOf(i.number());
    }
    return ((Value.DecimalValue) value).number();
  }
}
