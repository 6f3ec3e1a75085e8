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

  static Contract read(JsonTree root) {
    return new ContractReader().contract(root);
  }

  static void format(JsonTree root, String expected) {
    TreeValues.expect(root, JsonTree.Type.OBJECT);
    JsonTree format = TreeValues.required(root, "format");
    String text = TreeValues.string(format);
    if (!text.equals(expected)) {
      throw format.error("unsupported format \"" + text + "\"; expected \"" + expected + "\"");
    }
  }

  private Contract contract(JsonTree root) {
    format(root, CanonicalJson.CONTRACT_FORMAT);
    TreeValues.object(root, "format", "id", "version", "title", "titles", "language", "effectiveFrom", "zone", "fields",
        "criteria", "tables", "terms");
    Contract.Builder builder = Contract.builder();
    builder.id(TreeValues.string(root, "id"));
    builder.version(TreeValues.smallInteger(TreeValues.required(root, "version")));
    builder.title(TreeValues.string(root, "title"));
    builder.putAllTitles(translations(root, "titles"));
    TreeValues.optional(root, "language").ifPresent(node -> builder.language(TreeValues.string(node)));
    builder.effectiveFrom(TreeValues.date(TreeValues.required(root, "effectiveFrom")));
    TreeValues.optional(root, "zone").ifPresent(node -> builder.zone(TreeValues.zone(node)));
    JsonTree fieldList = TreeValues.required(root, "fields");
    TreeValues.expect(fieldList, JsonTree.Type.ARRAY);
    for (JsonTree node : fieldList.elements) {
      Field field = declared(node);
      if (fields.putIfAbsent(field.name(), field) != null) {
        throw node.error("field \"" + field.name() + "\" is declared twice");
      }
      builder.addFields(field);
    }
    JsonTree criteria = TreeValues.required(root, "criteria");
    TreeValues.expect(criteria, JsonTree.Type.ARRAY);
    for (JsonTree node : criteria.elements) {
      builder.addCriteria(criterion(node));
    }
    TreeValues.optional(root, "tables").ifPresent(tables -> {
      TreeValues.expect(tables, JsonTree.Type.ARRAY);
      for (JsonTree node : tables.elements) {
        builder.addTables(table(node));
      }
    });
    TreeValues.optional(root, "terms").ifPresent(node -> builder.terms(terms(node)));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  private static Field declared(JsonTree node) {
    TreeValues.object(node, "name", "kind", "label", "labels", "unit", "units", "codes", "question", "questions");
    Field.Builder builder = Field.builder()
        .name(TreeValues.string(node, "name"))
        .kind(TreeValues.constant(TreeValues.required(node, "kind"), FieldKind.class, "field kind"));
    TreeValues.optional(node, "label").ifPresent(label -> builder.label(TreeValues.string(label)));
    TreeValues.optional(node, "unit").ifPresent(unit -> builder.unit(TreeValues.string(unit)));
    builder.putAllLabels(translations(node, "labels")).putAllUnits(translations(node, "units"));
    TreeValues.optional(node, "codes").ifPresent(codes -> builder.addAllCodes(TreeValues.strings(codes)));
    TreeValues.optional(node, "question").ifPresent(question -> builder.question(TreeValues.string(question)));
    builder.putAllQuestions(translations(node, "questions"));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  private Criterion criterion(JsonTree node) {
    TreeValues.object(node, "id", "title", "titles", "role", "unknownAs", "admitsLaterEvidence", "condition");
    Criterion.Builder builder = Criterion.builder()
        .id(TreeValues.string(node, "id"))
        .title(TreeValues.string(node, "title"))
        .role(TreeValues.constant(TreeValues.required(node, "role"), Role.class, "role"))
        .condition(condition(TreeValues.required(node, "condition")))
        .admitsLaterEvidence(TreeValues.bool(node, "admitsLaterEvidence", false))
        .putAllTitles(translations(node, "titles"));
    TreeValues.optional(node, "unknownAs").ifPresent(status -> builder.unknownAs(TreeValues.constant(status, Status.class, "status")));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  private Table table(JsonTree node) {
    TreeValues.object(node, "id", "title", "titles", "hitPolicy", "complete", "rows");
    Table.Builder builder = Table.builder()
        .id(TreeValues.string(node, "id"))
        .hitPolicy(TreeValues.constant(TreeValues.required(node, "hitPolicy"), HitPolicy.class, "hit policy"))
        .complete(TreeValues.bool(node, "complete", false));
    TreeValues.optional(node, "title").ifPresent(title -> builder.title(TreeValues.string(title)));
    builder.putAllTitles(translations(node, "titles"));
    JsonTree rows = TreeValues.required(node, "rows");
    TreeValues.expect(rows, JsonTree.Type.ARRAY);
    for (JsonTree row : rows.elements) {
      TreeValues.object(row, "id", "condition", "output");
      try {
        builder.addRows(Row.of(TreeValues.string(row, "id"), condition(TreeValues.required(row, "condition")),
            output(TreeValues.required(row, "output"))));
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
  private static Map<String, String> translations(JsonTree object, String name) {
    Optional<JsonTree> node = TreeValues.optional(object, name);
    if (node.isEmpty()) {
      return Map.of();
    }
    TreeValues.expect(node.get(), JsonTree.Type.OBJECT);
    Map<String, String> translations = new LinkedHashMap<>();
    for (Map.Entry<String, JsonTree> member : node.get().members.entrySet()) {
      translations.put(member.getKey(), TreeValues.string(member.getValue()));
    }
    return translations;
  }

  private static Terms terms(JsonTree node) {
    TreeValues.object(node, "price", "priceTable", "challengeWindow");
    Terms.Builder builder = Terms.builder();
    TreeValues.optional(node, "price").ifPresent(price -> builder.price(money(price)));
    TreeValues.optional(node, "priceTable").ifPresent(table -> builder.priceTable(TreeValues.string(table)));
    TreeValues.optional(node, "challengeWindow").ifPresent(window -> builder.challengeWindow(TreeValues.duration(window)));
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }

  static Money money(JsonTree node) {
    TreeValues.object(node, "amount", "currency");
    JsonTree amount = TreeValues.required(node, "amount");
    BigDecimal value = TreeValues.decimal(amount);
    if (value.signum() < 0) {
      throw amount.error("money amount " + amount.text + " is negative; an amount of money is never negative");
    }
    JsonTree currency = TreeValues.required(node, "currency");
    String code = TreeValues.string(currency);
    java.util.Currency unit;
    try {
      unit = java.util.Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw currency.error("currency \"" + code + "\" is not an ISO 4217 code");
    }
    return Money.of(value, unit);
  }

  private static Output output(JsonTree node) {
    TreeValues.expect(node, JsonTree.Type.OBJECT);
    if (node.members.containsKey("code")) {
      TreeValues.object(node, "code");
      JsonTree code = TreeValues.required(node, "code");
      try {
        return Output.code(TreeValues.string(code));
      } catch (IllegalArgumentException e) {
        throw code.error(e.getMessage());
      }
    }
    return money(node);
  }

  private Condition condition(JsonTree node) {
    TreeValues.expect(node, JsonTree.Type.OBJECT);
    JsonTree kindNode = TreeValues.required(node, "kind");
    String kind = TreeValues.string(kindNode);
    switch (kind) {
      case "compare": {
        TreeValues.object(node, "kind", "field", "operator", "value");
        Field field = referenced(node);
        return new Condition.Compare(field.name(), TreeValues.constant(TreeValues.required(node, "operator"), Operator.class, "operator"),
            literal(field, TreeValues.required(node, "value")));
      }
      case "between": {
        TreeValues.object(node, "kind", "field", "low", "high", "lowInclusive", "highInclusive");
        Field field = referenced(node);
        return new Condition.Between(field.name(), literal(field, TreeValues.required(node, "low")),
            literal(field, TreeValues.required(node, "high")), TreeValues.bool(node, "lowInclusive", true),
            TreeValues.bool(node, "highInclusive", true));
      }
      case "in": {
        TreeValues.object(node, "kind", "field", "codes", "negated");
        Field field = referenced(node);
        return new Condition.In(field.name(), TreeValues.strings(TreeValues.required(node, "codes")), TreeValues.bool(node, "negated", false));
      }
      case "contains": {
        TreeValues.object(node, "kind", "field", "codes", "all");
        Field field = referenced(node);
        return new Condition.Contains(field.name(), TreeValues.strings(TreeValues.required(node, "codes")), TreeValues.bool(node, "all", false));
      }
      case "known": {
        TreeValues.object(node, "kind", "field", "known");
        Field field = referenced(node);
        return new Condition.Known(field.name(), TreeValues.bool(node, "known", true));
      }
      case "not":
        TreeValues.object(node, "kind", "part");
        return new Condition.Not(condition(TreeValues.required(node, "part")));
      case "all":
        TreeValues.object(node, "kind", "parts");
        return new Condition.All(conditions(TreeValues.required(node, "parts")));
      case "any":
        TreeValues.object(node, "kind", "parts");
        return new Condition.Any(conditions(TreeValues.required(node, "parts")));
      case "atLeast":
        TreeValues.object(node, "kind", "count", "parts");
        return new Condition.AtLeast(TreeValues.smallInteger(TreeValues.required(node, "count")), conditions(TreeValues.required(node, "parts")));
      default:
        throw kindNode.error("unknown condition kind \"" + kind + "\"" + TreeValues.suggestion(kind, CONDITION_KINDS)
            + "; expected one of " + String.join(", ", CONDITION_KINDS));
    }
  }

  private List<Condition> conditions(JsonTree node) {
    TreeValues.expect(node, JsonTree.Type.ARRAY);
    List<Condition> parts = new ArrayList<>(node.elements.size());
    for (JsonTree element : node.elements) {
      parts.add(condition(element));
    }
    return parts;
  }

  private Field referenced(JsonTree condition) {
    JsonTree name = TreeValues.required(condition, "field");
    String text = TreeValues.string(name);
    Field field = fields.get(text);
    if (field == null) {
      throw name.error("field \"" + text + "\" is not declared" + TreeValues.suggestion(text, fields.keySet()));
    }
    return field;
  }

  /** A literal of a condition, typed by its field's kind. */
  private static Value literal(Field field, JsonTree node) {
    switch (field.kind()) {
      case INTEGER:
        return Value.of(TreeValues.integerOrBigString(node, CanonicalJson.SAFE_INTEGER));
      case DECIMAL:
        return node.type == JsonTree.Type.INTEGER ? Value.of(TreeValues.integer(node)) : Value.of(TreeValues.decimal(node));
      case DATE:
        return Value.of(TreeValues.date(node));
      case FLAG:
        return Value.of(TreeValues.bool(node));
      case ANSWER:
        return Value.of(TreeValues.constant(node, Answer.class, "answer"));
      case CHOICES:
        return Value.codes(TreeValues.strings(node));
      case CHOICE:
      case TEXT:
        return Value.of(TreeValues.string(node));
      default:
        throw new AssertionError(field.kind());
    }
  }
}
