package dev.leadspec.json;

import dev.leadspec.model.ColumnMapping;
import dev.leadspec.model.LeadMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Mapping documents ({@code lead-spec.mapping/1}) to {@link LeadMapping}s, strictly, and back: a
 * property is written only when it differs from its default, so that a written mapping reads as a
 * hand-written one would.
 */
final class MappingJson {
  static final String FORMAT = "lead-spec.mapping/1";

  private MappingJson() {}

  static LeadMapping read(JsonTree root) {
    ContractReader.format(root, FORMAT);
    TreeValues.object(root, "format", "separator", "idColumn", "deliveredAtColumn", "deliveredAt", "unknown", "trim", "ignoreCase",
        "allowUnmapped", "columns");
    LeadMapping.Builder mapping = LeadMapping.builder();
    Optional<JsonTree> separator = TreeValues.optional(root, "separator");
    if (separator.isPresent()) {
      String text = TreeValues.string(separator.get());
      if (text.length() != 1) {
        throw separator.get().error("a separator is one character, such as \",\" or \";\", not \"" + text + "\"");
      }
      mapping.separator(text.charAt(0));
    }
    TreeValues.optional(root, "idColumn").map(MappingJson::nonEmpty).ifPresent(mapping::idColumn);
    TreeValues.optional(root, "deliveredAtColumn").map(MappingJson::nonEmpty).ifPresent(mapping::deliveredAtColumn);
    TreeValues.optional(root, "deliveredAt").map(TreeValues::instant).ifPresent(mapping::deliveredAt);
    TreeValues.optional(root, "unknown").map(TreeValues::strings).ifPresent(mapping::addAllUnknown);
    mapping.trim(TreeValues.bool(root, "trim", false)).ignoreCase(TreeValues.bool(root, "ignoreCase", false));
    Optional<JsonTree> allowUnmapped = TreeValues.optional(root, "allowUnmapped");
    if (allowUnmapped.isPresent()) {
      TreeValues.expect(allowUnmapped.get(), JsonTree.Type.ARRAY);
      allowUnmapped.get().elements.forEach(field -> mapping.addAllowUnmapped(nonEmpty(field)));
    }
    Optional<JsonTree> columns = TreeValues.optional(root, "columns");
    if (columns.isPresent()) {
      TreeValues.expect(columns.get(), JsonTree.Type.OBJECT);
      for (Map.Entry<String, JsonTree> entry : columns.get().members.entrySet()) {
        mapping.addColumns(column(entry.getKey(), entry.getValue()));
      }
    }
    try {
      return mapping.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw root.error(e.getMessage());
    }
  }

  private static ColumnMapping column(String name, JsonTree node) {
    TreeValues.object(node, "field", "unknown", "trim", "ignoreCase", "aliases", "otherwise", "otherwiseUnknown", "separator");
    ColumnMapping.Builder column = ColumnMapping.builder().column(name)
        .field(TreeValues.optional(node, "field").map(MappingJson::nonEmpty).orElse(name));
    TreeValues.optional(node, "unknown").map(TreeValues::strings).ifPresent(column::addAllUnknown);
    TreeValues.optional(node, "trim").map(TreeValues::bool).ifPresent(column::trim);
    TreeValues.optional(node, "ignoreCase").map(TreeValues::bool).ifPresent(column::ignoreCase);
    Optional<JsonTree> aliases = TreeValues.optional(node, "aliases");
    if (aliases.isPresent()) {
      TreeValues.expect(aliases.get(), JsonTree.Type.OBJECT);
      for (Map.Entry<String, JsonTree> alias : aliases.get().members.entrySet()) {
        column.putAliases(alias.getKey(), TreeValues.string(alias.getValue()));
      }
    }
    TreeValues.optional(node, "otherwise").map(MappingJson::nonEmpty).ifPresent(column::otherwise);
    column.otherwiseUnknown(TreeValues.bool(node, "otherwiseUnknown", false));
    Optional<JsonTree> separator = TreeValues.optional(node, "separator");
    if (separator.isPresent()) {
      String text = TreeValues.string(separator.get());
      if (text.isEmpty()) {
        throw separator.get().error("a separator cannot be empty");
      }
      column.separator(text);
    }
    try {
      return column.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw node.error(e.getMessage());
    }
  }

  /** A name: a string that is not empty, as the schema says. */
  private static String nonEmpty(JsonTree node) {
    String text = TreeValues.string(node);
    if (text.isEmpty()) {
      throw node.error("expected a name, found the empty string");
    }
    return text;
  }

  static void write(JsonGenerator g, LeadMapping mapping) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    if (mapping.separator() != ',') {
      g.writeStringProperty("separator", String.valueOf(mapping.separator()));
    }
    mapping.idColumn().ifPresent(column -> g.writeStringProperty("idColumn", column));
    mapping.deliveredAtColumn().ifPresent(column -> g.writeStringProperty("deliveredAtColumn", column));
    mapping.deliveredAt().ifPresent(instant -> g.writeStringProperty("deliveredAt", instant.toString()));
    strings(g, "unknown", mapping.unknown());
    if (mapping.trim()) {
      g.writeBooleanProperty("trim", true);
    }
    if (mapping.ignoreCase()) {
      g.writeBooleanProperty("ignoreCase", true);
    }
    strings(g, "allowUnmapped", mapping.allowUnmapped());
    if (!mapping.columns().isEmpty()) {
      g.writeObjectPropertyStart("columns");
      for (ColumnMapping column : mapping.columns()) {
        g.writeObjectPropertyStart(column.column());
        g.writeStringProperty("field", column.field());
        strings(g, "unknown", column.unknown());
        column.trim().ifPresent(trim -> g.writeBooleanProperty("trim", trim));
        column.ignoreCase().ifPresent(ignoreCase -> g.writeBooleanProperty("ignoreCase", ignoreCase));
        if (!column.aliases().isEmpty()) {
          g.writeObjectPropertyStart("aliases");
          column.aliases().forEach(g::writeStringProperty);
          g.writeEndObject();
        }
        column.otherwise().ifPresent(code -> g.writeStringProperty("otherwise", code));
        if (column.otherwiseUnknown()) {
          g.writeBooleanProperty("otherwiseUnknown", true);
        }
        if (!column.separator().equals("|")) {
          g.writeStringProperty("separator", column.separator());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }
}
