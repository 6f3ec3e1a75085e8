package dev.leadspec.json;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Status;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps a contract document's tree to the model by hand, strictly: every surprise is an error at its path. */
final class ContractReader {
  static final List<String> CONDITION_KINDS =
      List.of("compare", "between", "in", "contains", "known", "all", "any", "not", "atLeast");

  private final Map<String, Field> fields = new LinkedHashMap<>();

  private ContractReader() {}

  static Contract read(Node root) {
    return new ContractReader().contract(root);
  }

  static void format(Node root, String expected) {
    Fields.expect(root, Node.Type.OBJECT);
    Node format = Fields.required(root, "format");
    String text = Fields.string(format);
    if (!text.equals(expected)) {
      throw format.error("unsupported format \"" + text + "\"; expected \"" + expected + "\"");
    }
  }

  private Contract contract(Node root) {
    format(root, CanonicalJson.CONTRACT_FORMAT);
    Fields.object(root, "format", "id", "version", "title", "titles", "language", "effectiveFrom", "zone", "fields",
        "criteria", "tables", "terms");
    Contract.Builder builder = Contract.builder();
    builder.id(Fields.string(root, "id"));
    builder.version(Fields.smallInteger(Fields.required(root, "version")));
    builder.title(Fields.string(root, "title"));
    builder.putAllTitles(translations(root, "titles"));
    Fields.optional(root, "language").ifPresent(node -> builder.language(Fields.string(node)));
    builder.effectiveFrom(Fields.date(Fields.required(root, "effectiveFrom")));
    Fields.optional(root, "zone").ifPresent(node -> builder.zone(Fields.zone(node)));
    Node fieldList = Fields.required(root, "fields");
    Fields.expect(fieldList, Node.Type.ARRAY);
    for (Node node : fieldList.elements) {
      Field field = declared(node);
      if (fields.putIfAbsent(field.name(), field) != null) {
        throw node.error("field \"" + field.name() + "\" is declared twice");
      }
      builder.addFields(field);
    }
    Node criteria = Fields.required(root, "criteria");
    Fields.expect(criteria, Node.Type.ARRAY);
    for (Node node : criteria.elements) {
      builder.addCriteria(criterion(node));
    }
    Fields.optional(root, "tables").ifPresent(tables -> {
      Fields.expect(tables, Node.Type.ARRAY);
      for (Node node : tables.elements) {
        builder.addTables(table(node));
      }
    });
    Fields.optional(root, "terms").ifPresent(node -> builder.terms(terms(node)));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  private static Field declared(Node node) {
    Fields.object(node, "name", "kind", "label", "labels", "unit", "units", "codes", "question");
    Field.Builder builder = Field.builder()
        .name(Fields.string(node, "name"))
        .kind(Fields.constant(Fields.required(node, "kind"), FieldKind.class, "field kind"));
    Fields.optional(node, "label").ifPresent(label -> builder.label(Fields.string(label)));
    Fields.optional(node, "unit").ifPresent(unit -> builder.unit(Fields.string(unit)));
    builder.putAllLabels(translations(node, "labels")).putAllUnits(translations(node, "units"));
    Fields.optional(node, "codes").ifPresent(codes -> builder.addAllCodes(Fields.strings(codes)));
    Fields.optional(node, "question").ifPresent(question -> builder.question(Fields.string(question)));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  private Criterion criterion(Node node) {
    Fields.object(node, "id", "title", "titles", "role", "unknownAs", "admitsLaterEvidence", "condition");
    Criterion.Builder builder = Criterion.builder()
        .id(Fields.string(node, "id"))
        .title(Fields.string(node, "title"))
        .role(Fields.constant(Fields.required(node, "role"), Role.class, "role"))
        .condition(condition(Fields.required(node, "condition")))
        .admitsLaterEvidence(Fields.bool(node, "admitsLaterEvidence", false))
        .putAllTitles(translations(node, "titles"));
    Fields.optional(node, "unknownAs").ifPresent(status -> builder.unknownAs(Fields.constant(status, Status.class, "status")));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  private Table table(Node node) {
    Fields.object(node, "id", "title", "titles", "hitPolicy", "complete", "rows");
    Table.Builder builder = Table.builder()
        .id(Fields.string(node, "id"))
        .hitPolicy(Fields.constant(Fields.required(node, "hitPolicy"), HitPolicy.class, "hit policy"))
        .complete(Fields.bool(node, "complete", false));
    Fields.optional(node, "title").ifPresent(title -> builder.title(Fields.string(title)));
    builder.putAllTitles(translations(node, "titles"));
    Node rows = Fields.required(node, "rows");
    Fields.expect(rows, Node.Type.ARRAY);
    for (Node row : rows.elements) {
      Fields.object(row, "id", "condition", "output");
      try {
        builder.addRows(Row.of(Fields.string(row, "id"), condition(Fields.required(row, "condition")),
            output(Fields.required(row, "output"))));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  /**
   * Texts by language tag, {@code {"ru": "…"}}, in document order; empty when the property is
   * absent. Whether each tag is well formed is the model's check, when the contract is built.
   */
  private static Map<String, String> translations(Node object, String name) {
    Optional<Node> node = Fields.optional(object, name);
    if (node.isEmpty()) {
      return Map.of();
    }
    Fields.expect(node.get(), Node.Type.OBJECT);
    Map<String, String> translations = new LinkedHashMap<>();
    for (Map.Entry<String, Node> member : node.get().members.entrySet()) {
      translations.put(member.getKey(), Fields.string(member.getValue()));
    }
    return translations;
  }

  private static Terms terms(Node node) {
    Fields.object(node, "price", "priceTable", "challengeWindow");
    Terms.Builder builder = Terms.builder();
    Fields.optional(node, "price").ifPresent(price -> builder.price(money(price)));
    Fields.optional(node, "priceTable").ifPresent(table -> builder.priceTable(Fields.string(table)));
    Fields.optional(node, "challengeWindow").ifPresent(window -> builder.challengeWindow(Fields.duration(window)));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  static Money money(Node node) {
    Fields.object(node, "amount", "currency");
    Node amount = Fields.required(node, "amount");
    BigDecimal value = Fields.decimal(amount);
    if (value.signum() < 0) {
      throw amount.error("money amount " + amount.text + " is negative; an amount of money is never negative");
    }
    Node currency = Fields.required(node, "currency");
    String code = Fields.string(currency);
    java.util.Currency unit;
    try {
      unit = java.util.Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw currency.error("currency \"" + code + "\" is not an ISO 4217 code");
    }
    return Money.of(value, unit);
  }

  private static Output output(Node node) {
    Fields.expect(node, Node.Type.OBJECT);
    if (node.members.containsKey("code")) {
      Fields.object(node, "code");
      Node code = Fields.required(node, "code");
      try {
        return Output.code(Fields.string(code));
      } catch (IllegalArgumentException e) {
        throw code.error(e.getMessage());
      }
    }
    return money(node);
  }

  private Condition condition(Node node) {
    Fields.expect(node, Node.Type.OBJECT);
    Node kindNode = Fields.required(node, "kind");
    String kind = Fields.string(kindNode);
    switch (kind) {
      case "compare": {
        Fields.object(node, "kind", "field", "operator", "value");
        Field field = referenced(node);
        return new Condition.Compare(field.name(), Fields.constant(Fields.required(node, "operator"), Operator.class, "operator"),
            literal(field, Fields.required(node, "value")));
      }
      case "between": {
        Fields.object(node, "kind", "field", "low", "high", "lowInclusive", "highInclusive");
        Field field = referenced(node);
        return new Condition.Between(field.name(), literal(field, Fields.required(node, "low")),
            literal(field, Fields.required(node, "high")), Fields.bool(node, "lowInclusive", true),
            Fields.bool(node, "highInclusive", true));
      }
      case "in": {
        Fields.object(node, "kind", "field", "codes", "negated");
        Field field = referenced(node);
        return new Condition.In(field.name(), Fields.strings(Fields.required(node, "codes")), Fields.bool(node, "negated", false));
      }
      case "contains": {
        Fields.object(node, "kind", "field", "codes", "all");
        Field field = referenced(node);
        return new Condition.Contains(field.name(), Fields.strings(Fields.required(node, "codes")), Fields.bool(node, "all", false));
      }
      case "known": {
        Fields.object(node, "kind", "field", "known");
        Field field = referenced(node);
        return new Condition.Known(field.name(), Fields.bool(node, "known", true));
      }
      case "not":
        Fields.object(node, "kind", "part");
        return new Condition.Not(condition(Fields.required(node, "part")));
      case "all":
        Fields.object(node, "kind", "parts");
        return new Condition.All(conditions(Fields.required(node, "parts")));
      case "any":
        Fields.object(node, "kind", "parts");
        return new Condition.Any(conditions(Fields.required(node, "parts")));
      case "atLeast":
        Fields.object(node, "kind", "count", "parts");
        return new Condition.AtLeast(Fields.smallInteger(Fields.required(node, "count")), conditions(Fields.required(node, "parts")));
      default:
        throw kindNode.error("unknown condition kind \"" + kind + "\"" + Fields.suggestion(kind, CONDITION_KINDS)
            + "; expected one of " + String.join(", ", CONDITION_KINDS));
    }
  }

  private List<Condition> conditions(Node node) {
    Fields.expect(node, Node.Type.ARRAY);
    List<Condition> parts = new ArrayList<>(node.elements.size());
    for (Node element : node.elements) {
      parts.add(condition(element));
    }
    return parts;
  }

  private Field referenced(Node condition) {
    Node name = Fields.required(condition, "field");
    String text = Fields.string(name);
    Field field = fields.get(text);
    if (field == null) {
      throw name.error("field \"" + text + "\" is not declared" + Fields.suggestion(text, fields.keySet()));
    }
    return field;
  }

  /** A literal of a condition, typed by its field's kind. */
  private static Value literal(Field field, Node node) {
    switch (field.kind()) {
      case INTEGER:
        return Value.of(Fields.integerOrBigString(node, CanonicalJson.SAFE_INTEGER));
      case DECIMAL:
        return node.type == Node.Type.INTEGER ? Value.of(Fields.integer(node)) : Value.of(Fields.decimal(node));
      case DATE:
        return Value.of(Fields.date(node));
      case FLAG:
        return Value.of(Fields.bool(node));
      case ANSWER:
        return Value.of(Fields.constant(node, Answer.class, "answer"));
      case CHOICES:
        return Value.codes(Fields.strings(node));
      case CHOICE:
      case TEXT:
        return Value.of(Fields.string(node));
      default:
        throw new AssertionError(field.kind());
    }
  }
}
