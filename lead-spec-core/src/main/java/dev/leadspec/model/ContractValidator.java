package dev.leadspec.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a contract against its own declarations; collects every problem before throwing. */
final class ContractValidator {
  private final Contract contract;
  private final Map<String, Field> fields = new HashMap<>();
  private final List<ContractValidationException.Problem> problems = new ArrayList<>();

  private ContractValidator(Contract contract) {
    this.contract = contract;
  }

  static void validate(Contract contract) {
    ContractValidator validator = new ContractValidator(contract);
    validator.run();
    if (!validator.problems.isEmpty()) {
      throw new ContractValidationException(contract.reference(), validator.problems);
    }
  }

  private void run() {
    if (contract.id().isBlank()) {
      problem("contract", null, "id is blank");
    }
    if (contract.version() < 1) {
      problem("contract " + contract.id(), null, "version " + contract.version() + " is not positive");
    }
    for (Field field : contract.fields()) {
      Field earlier = fields.putIfAbsent(field.name(), field);
      if (earlier != null) {
        problem("field \"" + field.name() + "\"", field.name(), "is declared twice: " + earlier + " and " + field);
      }
    }
    Set<String> criterionIds = new HashSet<>();
    for (Criterion criterion : contract.criteria()) {
      String subject = "criterion " + criterion.id();
      if (!criterionIds.add(criterion.id())) {
        problem(subject, null, "id is declared twice");
      }
      condition(subject, criterion.condition());
    }
    Set<String> tableIds = new HashSet<>();
    for (Table table : contract.tables()) {
      if (!tableIds.add(table.id())) {
        problem("table " + table.id(), null, "id is declared twice");
      }
      for (Row row : table.rows()) {
        condition("table " + table.id() + " row " + row.id(), row.condition());
      }
    }
    contract.terms().priceTable().ifPresent(id -> {
      Optional<Table> table = contract.table(id);
      if (table.isEmpty()) {
        problem("terms", null, "price table " + id + " is not declared" + suggestion(id, tableIds));
      } else if (!table.get().isPriceTable()) {
        problem("terms", null, "price table " + id + " gives codes, not money");
      }
    });
  }

  private void condition(String subject, Condition condition) {
    if (condition instanceof Condition.Compare compare) {
      field(subject, compare.field()).ifPresent(field -> compare(subject, field, compare));
    } else if (condition instanceof Condition.Between between) {
      field(subject, between.field()).ifPresent(field -> between(subject, field, between));
    } else if (condition instanceof Condition.In in) {
      field(subject, in.field()).ifPresent(field -> {
        if (field.kind() != FieldKind.CHOICE && field.kind() != FieldKind.TEXT) {
          problem(subject, field.name(), (in.negated() ? "notIn" : "in") + " needs a choice or text field, but \"" + field.name() + "\" is " + field.kind().words());
        } else {
          codes(subject, field, in.codes());
        }
      });
    } else if (condition instanceof Condition.Contains contains) {
      field(subject, contains.field()).ifPresent(field -> {
        if (field.kind() != FieldKind.CHOICES) {
          problem(subject, field.name(), (contains.all() ? "containsAll" : "containsAny") + " needs a choices field, but \"" + field.name() + "\" is " + field.kind().words());
        } else {
          codes(subject, field, contains.codes());
        }
      });
    } else if (condition instanceof Condition.Known known) {
      field(subject, known.field());
    } else if (condition instanceof Condition.AtLeast atLeast) {
      if (atLeast.count() < 1 || atLeast.count() > atLeast.parts().size()) {
        problem(subject, null, "atLeast(" + atLeast.count() + ") needs a count from 1 to its " + atLeast.parts().size() + " parts");
      }
      parts(subject, atLeast.parts(), "atLeast");
    } else if (condition instanceof Condition.All all) {
      parts(subject, all.parts(), "all");
    } else if (condition instanceof Condition.Any any) {
      parts(subject, any.parts(), "any");
    } else if (condition instanceof Condition.Not not) {
      condition(subject, not.part());
    }
  }

  private void parts(String subject, List<Condition> parts, String name) {
    if (parts.isEmpty()) {
      problem(subject, null, name + " has no parts");
    }
    for (Condition part : parts) {
      condition(subject, part);
    }
  }

  private void compare(String subject, Field field, Condition.Compare compare) {
    FieldKind kind = field.kind();
    boolean ordered = kind == FieldKind.INTEGER || kind == FieldKind.DECIMAL || kind == FieldKind.DATE;
    if (compare.operator().isOrdering() && !ordered) {
      problem(subject, field.name(), "\"" + compare.operator().symbol() + "\" needs an integer, decimal or date field, but \"" + field.name() + "\" is " + kind.words());
      return;
    }
    literal(subject, field, compare.value());
  }

  private void between(String subject, Field field, Condition.Between between) {
    FieldKind kind = field.kind();
    if (kind != FieldKind.INTEGER && kind != FieldKind.DECIMAL && kind != FieldKind.DATE) {
      problem(subject, field.name(), "between needs an integer, decimal or date field, but \"" + field.name() + "\" is " + kind.words());
      return;
    }
    if (!literal(subject, field, between.low()) || !literal(subject, field, between.high())) {
      return;
    }
    int order = compareLiterals(between.low(), between.high());
    if (order > 0) {
      problem(subject, field.name(), "between " + between.low() + " and " + between.high() + " on \"" + field.name() + "\" has its low end above its high end");
    } else if (order == 0 && !(between.lowInclusive() && between.highInclusive())) {
      problem(subject, field.name(), "between " + between.low() + " and " + between.high() + " on \"" + field.name() + "\" with an exclusive end is empty");
    }
  }

  private static int compareLiterals(Value low, Value high) {
    if (low instanceof Value.DateValue l && high instanceof Value.DateValue h) {
      return l.date().compareTo(h.date());
    }
    return decimal(low).compareTo(decimal(high));
  }

  private static BigDecimal decimal(Value value) {
    return value instanceof Value.IntegerValue i ? BigDecimal.valueOf(i.number()) : ((Value.DecimalValue) value).number();
  }

  /** Whether the literal fits the field; records a problem when it does not. */
  private boolean literal(String subject, Field field, Value value) {
    boolean fits = field.kind().admits(value);
    if (fits && field.kind() == FieldKind.CHOICE) {
      codes(subject, field, List.of(((Value.TextValue) value).text()));
    } else if (fits && field.kind() == FieldKind.CHOICES) {
      codes(subject, field, ((Value.CodesValue) value).codes());
    }
    if (!fits) {
      problem(subject, field.name(), "\"" + field.name() + "\" is " + field.kind().words() + " field, but is compared with " + value.kindWords() + " " + value);
    }
    return fits;
  }

  private void codes(String subject, Field field, List<String> codes) {
    if (codes.isEmpty()) {
      problem(subject, field.name(), "the code set for \"" + field.name() + "\" is empty");
      return;
    }
    if (field.kind() == FieldKind.TEXT) {
      return;
    }
    for (String code : codes) {
      if (!field.codes().contains(code)) {
        problem(subject, field.name(), "code \"" + code + "\" is not one of field \"" + field.name() + "\"'s codes " + field.codes() + suggestion(code, field.codes()));
      }
    }
  }

  private Optional<Field> field(String subject, String name) {
    Field field = fields.get(name);
    if (field == null) {
      problem(subject, name, "field \"" + name + "\" is not declared" + suggestion(name, fields.keySet()));
    }
    return Optional.ofNullable(field);
  }

  private void problem(String subject, String field, String message) {
    problems.add(new ContractValidationException.Problem(subject, Optional.ofNullable(field), message));
  }

  static String suggestion(String name, Iterable<String> candidates) {
    return dev.leadspec.internal.Suggestions.suggestion(name, candidates);
  }
}
