package dev.leadspec.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Checks a contract against its own declarations; collects every problem before throwing. */
final class ContractValidator {
  private final Contract contract;
  /** Unknown codes named in one problem at most; the rest are counted. */
  static final int LISTED = 10;
  /** Unknown codes given a did-you-mean at most, per condition: each costs a pass over the field's codes. */
  private static final int SUGGESTED = 3;

  private final Map<String, Field> fields = new HashMap<>();
  /** Each coded field's codes as a set, made when first needed, so that a code list is checked in linear time. */
  private final Map<String, Set<String>> codeSets = new HashMap<>();
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
    text("contract " + contract.id(), null, "id", contract.id());
    text("contract " + contract.id(), null, "title", contract.title());
    text("contract " + contract.id(), null, "language", contract.language());
    for (Field field : contract.fields()) {
      String subject = "field \"" + abbreviated(field.name()) + "\"";
      if (field.name().length() > Limits.MAX_NAME_LENGTH) {
        limit(subject, null, "name length", "the name is " + field.name().length()
            + " characters long, more than the maximum allowed (" + Limits.MAX_NAME_LENGTH + ")");
      }
      text(subject, field.name(), "label", field.label());
      field.unit().ifPresent(unit -> text(subject, field.name(), "unit", unit));
      field.question().ifPresent(question -> text(subject, field.name(), "question", question));
      count(subject, field.name(), "codes", field.codes().size(), Limits.MAX_CODES);
      for (String code : field.codes()) {
        text(subject, field.name(), "code", code);
      }
      Field earlier = fields.putIfAbsent(field.name(), field);
      if (earlier != null) {
        problem("field \"" + field.name() + "\"", field.name(), "is declared twice: " + earlier + " and " + field);
      }
    }
    count("contract " + contract.id(), null, "criteria", contract.criteria().size(), Limits.MAX_CRITERIA);
    Set<String> criterionIds = new HashSet<>();
    for (Criterion criterion : contract.criteria()) {
      String subject = "criterion " + abbreviated(criterion.id());
      if (!criterionIds.add(criterion.id())) {
        problem(subject, null, "id is declared twice");
      }
      text(subject, null, "id", criterion.id());
      text(subject, null, "title", criterion.title());
      if (depth(subject, criterion.condition())) {
        condition(subject, criterion.condition());
        expected(subject, criterion);
      }
    }
    Set<String> tableIds = new HashSet<>();
    for (Table table : contract.tables()) {
      String subject = "table " + abbreviated(table.id());
      if (!tableIds.add(table.id())) {
        problem(subject, null, "id is declared twice");
      }
      text(subject, null, "id", table.id());
      text(subject, null, "title", table.title());
      count(subject, null, "rows", table.rows().size(), Limits.MAX_ROWS);
      for (Row row : table.rows()) {
        String rowSubject = subject + " row " + abbreviated(row.id());
        text(rowSubject, null, "id", row.id());
        if (row.output() instanceof Money money) {
          money(rowSubject, "amount", money);
        } else {
          text(rowSubject, null, "output code", ((Output.Code) row.output()).code());
        }
        if (depth(rowSubject, row.condition())) {
          condition(rowSubject, row.condition());
        }
      }
    }
    contract.terms().price().ifPresent(price -> money("terms", "price", price));
    contract.terms().priceTable().ifPresent(id -> {
      Optional<Table> table = contract.table(id);
      if (table.isEmpty()) {
        problem("terms", null, "price table " + id + " is not declared" + suggestion(id, tableIds));
      } else if (!table.get().isPriceTable()) {
        problem("terms", null, "price table " + id + " gives codes, not money");
      }
    });
    problems.addAll(Translations.problems(contract));
    if (problems.isEmpty()) {
      size();
    }
  }

  /** Checks a criterion's or row's document size, depth first, once the contract is otherwise known good. */
  private void size() {
    ContractSize size = ContractSize.of(contract);
    if (size.bytes() > Limits.MAX_DOCUMENT_BYTES) {
      limit("contract " + contract.id(), null, "document size", "written out, the contract would be some " + size.bytes()
          + " bytes, more than the maximum a reader allows (" + Limits.MAX_DOCUMENT_BYTES + ")");
    }
    if (size.tokens() > Limits.MAX_TOKEN_COUNT) {
      limit("contract " + contract.id(), null, "token count", "written out, the contract would have some " + size.tokens()
          + " tokens, more than the maximum a reader allows (" + Limits.MAX_TOKEN_COUNT + ")");
    }
  }

  /** Every verdict writes what the criterion expects in words: that text must read back as a string. */
  private void expected(String subject, Criterion criterion) {
    long length = criterion.condition().toString().length() + (criterion.role() == Role.DISQUALIFIER ? 6 : 0);
    if (length > Limits.MAX_STRING_LENGTH) {
      limit(subject, null, "string length", "its condition, which every verdict states as expected, is " + length
          + " characters long in words, more than the maximum allowed (" + Limits.MAX_STRING_LENGTH + ")");
    }
  }

  private void money(String subject, String what, Money money) {
    Limits.decimalProblem(money.amount()).ifPresent(problem -> limit(subject, null, "decimal digits", what + ": " + problem));
  }

  private void text(String subject, @Nullable String field, String what, String text) {
    if (text.length() > Limits.MAX_STRING_LENGTH) {
      limit(subject, field, "string length", what + " is " + text.length() + " characters long, more than the maximum allowed ("
          + Limits.MAX_STRING_LENGTH + ")");
    }
  }

  private void count(String subject, @Nullable String field, String what, int count, int max) {
    if (count > max) {
      limit(subject, field, what, "has " + count + " " + what + ", more than the maximum allowed (" + max + ")");
    }
  }

  /** Whether the condition nests within the limit; records a problem when it does not. */
  private boolean depth(String subject, Condition condition) {
    int depth = depth(condition, 1);
    if (depth > Limits.MAX_CONDITION_DEPTH) {
      limit(subject, null, "condition depth", "its condition nests more than " + Limits.MAX_CONDITION_DEPTH
          + " levels deep, the maximum allowed");
      return false;
    }
    return true;
  }

  private static int depth(Condition condition, int depth) {
    if (depth > Limits.MAX_CONDITION_DEPTH) {
      return depth;
    }
    List<Condition> parts;
    if (condition instanceof Condition.Not not) {
      parts = List.of(not.part());
    } else if (condition instanceof Condition.All all) {
      parts = all.parts();
    } else if (condition instanceof Condition.Any any) {
      parts = any.parts();
    } else if (condition instanceof Condition.AtLeast atLeast) {
      parts = atLeast.parts();
    } else {
      return depth;
    }
    int deepest = depth;
    for (Condition part : parts) {
      deepest = Math.max(deepest, depth(part, depth + 1));
    }
    return deepest;
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
    if (codes.size() > Limits.MAX_CODES) {
      count(subject, field.name(), "codes", codes.size(), Limits.MAX_CODES);
      return;
    }
    if (field.kind() == FieldKind.TEXT) {
      for (String code : codes) {
        text(subject, field.name(), "a text", code);
      }
      return;
    }
    Set<String> known = codeSets.computeIfAbsent(field.name(), name -> new HashSet<>(field.codes()));
    List<String> unknown = new ArrayList<>();
    for (String code : codes) {
      if (!known.contains(code)) {
        unknown.add(code);
      }
    }
    if (unknown.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder();
    if (unknown.size() == 1) {
      message.append("code \"").append(abbreviated(unknown.get(0))).append("\" is not one of field \"").append(field.name())
          .append("\"'s codes");
    } else {
      message.append(unknown.size()).append(" codes are not among field \"").append(field.name()).append("\"'s codes:");
    }
    if (unknown.size() > 1) {
      for (int i = 0; i < Math.min(LISTED, unknown.size()); i++) {
        message.append(i == 0 ? " \"" : ", \"").append(abbreviated(unknown.get(i))).append('"');
        if (i < SUGGESTED) {
          message.append(suggestion(unknown.get(i), field.codes()));
        }
      }
      if (unknown.size() > LISTED) {
        message.append(" and ").append(unknown.size() - LISTED).append(" more");
      }
      message.append("; the field's codes are ");
    } else {
      message.append(' ');
    }
    message.append(listed(field.codes()));
    if (unknown.size() == 1) {
      message.append(suggestion(unknown.get(0), field.codes()));
    }
    problem(subject, field.name(), message.toString());
  }

  /** The codes as {@code [A, B, C]}, the first {@link #LISTED} of a longer list and how many more. */
  static String listed(List<String> codes) {
    if (codes.size() <= LISTED) {
      return codes.toString();
    }
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < LISTED; i++) {
      text.append(i == 0 ? "" : ", ").append(abbreviated(codes.get(i)));
    }
    return text.append(", ... and ").append(codes.size() - LISTED).append(" more]").toString();
  }

  /** A text shortened for a message: a code or id of any length is named by its start and end. */
  static String abbreviated(String text) {
    return text.length() <= 80 ? text : text.substring(0, 60) + "..." + text.substring(text.length() - 10);
  }

  private Optional<Field> field(String subject, String name) {
    Field field = fields.get(name);
    if (field == null) {
      problem(subject, name, "field \"" + name + "\" is not declared" + suggestion(name, fields.keySet()));
    }
    return Optional.ofNullable(field);
  }

  private void problem(String subject, @Nullable String field, String message) {
    problems.add(new ContractValidationException.Problem(subject, Optional.ofNullable(field), message));
  }

  private void limit(String subject, @Nullable String field, String limit, String message) {
    problems.add(new ContractValidationException.Problem(subject, Optional.ofNullable(field),
        limit + " limit exceeded: " + message, Optional.of(limit)));
  }

  static String suggestion(String name, Iterable<String> candidates) {
    return dev.leadspec.internal.Suggestions.suggestion(name, candidates);
  }
}
