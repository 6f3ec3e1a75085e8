package dev.leadspec.json;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Value;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Leads to and from JSON. A fact is typed by the field the contract declares for it; a fact that
 * does not fit its field is kept as read, so that checking the lead against the contract reports
 * it as a {@link dev.leadspec.model.LeadInputException} naming lead, field, expected and given.
 */
final class LeadJson {
  static final String FORMAT = "lead-spec.lead/1";

  private LeadJson() {}

  static Lead read(JsonTree root, Contract contract) {
    ContractReader.format(root, FORMAT);
    TreeValues.object(root, "format", "id", "deliveredAt", "facts", "evidence");
    Lead.Builder builder = Lead.builder()
        .id(TreeValues.string(root, "id"))
        .deliveredAt(TreeValues.instant(TreeValues.required(root, "deliveredAt")));
    JsonTree facts = TreeValues.required(root, "facts");
    TreeValues.expect(facts, JsonTree.Type.OBJECT);
    for (Map.Entry<String, JsonTree> fact : facts.members.entrySet()) {
      builder.fact(fact.getKey(), fact(fact.getValue(), contract.field(fact.getKey())));
    }
    Optional<JsonTree> evidence = TreeValues.optional(root, "evidence");
    if (evidence.isPresent()) {
      TreeValues.expect(evidence.get(), JsonTree.Type.OBJECT);
      for (Map.Entry<String, JsonTree> entry : evidence.get().members.entrySet()) {
        JsonTree node = TreeValues.object(entry.getValue(), "source", "recordedAt");
        if (!facts.members.containsKey(entry.getKey())) {
          throw node.error("evidence for field \"" + entry.getKey() + "\" which has no fact");
        }
        builder.evidence(entry.getKey(), Evidence.of(TreeValues.string(node, "source"),
            TreeValues.instant(TreeValues.required(node, "recordedAt"))));
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw root.error(e.getMessage());
    }
  }

  static Value fact(JsonTree node, Optional<Field> field) {
    if (field.isPresent()) {
      Value typed = typed(node, field.get());
      if (typed != null) {
        return typed;
      }
    }
    switch (node.type) {
      case STRING:
        return Value.of(node.text);
      case INTEGER:
        return Value.of(TreeValues.integer(node));
      case DECIMAL:
        return Value.of(TreeValues.decimal(node));
      case BOOLEAN:
        return Value.of(TreeValues.bool(node));
      case ARRAY:
        return Value.codes(TreeValues.strings(node));
      default:
        throw node.error("expected a fact (a string, number, boolean or array of codes), found " + node.describe());
    }
  }

  /**
   * The fact as its field's kind, or null when it does not fit (and is kept as read): a string by
   * {@link dev.leadspec.model.FieldKind#parse}, the one typing rule, except that an integer is a
   * JSON number unless beyond ±(2^53−1) (I-JSON); a number for a decimal field.
   */
  private static Value typed(JsonTree node, Field field) {
    FieldKind kind = field.kind();
    if (kind == FieldKind.INTEGER) {
      if (node.type == JsonTree.Type.INTEGER) {
        return Value.of(TreeValues.integer(node));
      }
      return node.type == JsonTree.Type.STRING && TreeValues.INTEGER.matcher(node.text).matches()
          ? Value.of(TreeValues.integerOrBigString(node, CanonicalJson.SAFE_INTEGER)) : null;
    }
    if (kind == FieldKind.DECIMAL && node.type == JsonTree.Type.INTEGER) {
      return Value.of(TreeValues.integer(node));
    }
    if (kind == FieldKind.DECIMAL && (node.type == JsonTree.Type.DECIMAL
        || node.type == JsonTree.Type.STRING && TreeValues.DECIMAL.matcher(node.text).matches())) {
      // the typing rule's spelling, read with the error that names the digit limit when over it
      return Value.of(TreeValues.decimal(node));
    }
    return node.type == JsonTree.Type.STRING ? kind.parse(node.text).orElse(null) : null;
  }

  /**
   * A string fact as {@link #fact} types it for a field of this kind (null: undeclared), by
   * {@link FieldKind#parse}, or null when that is an integer written as a string, which only the
   * strict reader words: for the {@link LeadScanner}.
   */
  static @Nullable Value typed(@Nullable FieldKind kind, String text) {
    if (kind == null || kind == FieldKind.TEXT || kind == FieldKind.CHOICE) {
      return Value.of(text);
    }
    if (kind == FieldKind.INTEGER) {
      return TreeValues.INTEGER.matcher(text).matches() ? null : Value.of(text);
    }
    Optional<Value> typed = kind.parse(text);
    if (typed.isEmpty() && kind == FieldKind.DECIMAL && TreeValues.DECIMAL.matcher(text).matches()) {
      return null; // a decimal over the digit limit: the strict reader names the limit
    }
    return typed.isPresent() ? typed.get() : Value.of(text);
  }

  static void write(JsonGenerator g, Lead lead) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeStringProperty("id", lead.id());
    g.writeStringProperty("deliveredAt", lead.deliveredAt().toString());
    g.writeObjectPropertyStart("facts");
    for (Map.Entry<String, Value> fact : lead.facts().entrySet()) {
      g.writeName(readableName(lead, fact.getKey()));
      CanonicalJson.write(g, fact.getValue());
    }
    g.writeEndObject();
    if (!lead.evidence().isEmpty()) {
      g.writeObjectPropertyStart("evidence");
      for (Map.Entry<String, Evidence> entry : lead.evidence().entrySet()) {
        g.writeObjectPropertyStart(readableName(lead, entry.getKey()));
        g.writeStringProperty("source", entry.getValue().source());
        g.writeStringProperty("recordedAt", entry.getValue().recordedAt().toString());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * A fact's name as a JSON property name, which JSON readers refuse when it holds a lone
   * surrogate (a string that is not Unicode text): such a lead is not written, so that nothing is
   * written that cannot be read back.
   */
  private static String readableName(Lead lead, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new LeadSpecException("lead " + lead.id() + ": field name \"" + name + "\" holds a lone surrogate (U+"
            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at " + i + ", which JSON readers refuse; "
            + "it cannot be written");
      }
    }
    return name;
  }
}
