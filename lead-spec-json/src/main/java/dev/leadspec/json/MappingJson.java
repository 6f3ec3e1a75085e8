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

  static LeadMapping read(Node root) {
    ContractReader.format(root, FORMAT);
    Fields.object(root, "format", "separator", "idColumn", "deliveredAtColumn", "deliveredAt", "unknown", "trim", "ignoreCase",
        "allowUnmapped", "columns");
    LeadMapping.Builder mapping = LeadMapping.builder();
    Optional<Node> separator = Fields.optional(root, "separator");
    if (separator.isPresent()) {
      String text = Fields.string(separator.get());
      if (text.length() != 1) {
        throw separator.get().error("a separator is one character, such as \",\" or \";\", not \"" + text + "\"");
      }
      mapping.separator(text.charAt(0));
    }
    Fields.optional(root, "idColumn").map(MappingJson::nonEmpty).ifPresent(mapping::idColumn);
    Fields.optional(root, "deliveredAtColumn").map(MappingJson::nonEmpty).ifPresent(mapping::deliveredAtColumn);
    Fields.optional(root, "deliveredAt").map(Fields::instant).ifPresent(mapping::deliveredAt);
    Fields.optional(root, "unknown").map(Fields::strings).ifPresent(mapping::addAllUnknown);
    mapping.trim(Fields.bool(root, "trim", false)).ignoreCase(Fields.bool(root, "ignoreCase", false));
    Optional<Node> allowUnmapped = Fields.optional(root, "allowUnmapped");
    if (allowUnmapped.isPresent()) {
      Fields.expect(allowUnmapped.get(), Node.Type.ARRAY);
      allowUnmapped.get().elements.forEach(field -> mapping.addAllowUnmapped(nonEmpty(field)));
    }
    Optional<Node> columns = Fields.optional(root, "columns");
    if (columns.isPresent()) {
      Fields.expect(columns.get(), Node.Type.OBJECT);
      for (Map.Entry<String, Node> entry : columns.get().members.entrySet()) {
        mapping.addColumns(column(entry.getKey(), entry.getValue()));
      }
    }
    try {
      return mapping.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw root.error(e.getMessage());
    }
  }

  private static ColumnMapping column(String name, Node node) {
    Fields.object(node, "field", "unknown", "trim", "ignoreCase", "aliases", "otherwise", "otherwiseUnknown", "separator");
    ColumnMapping.Builder column = ColumnMapping.builder().column(name)
        .field(Fields.optional(node, "field").map(MappingJson::nonEmpty).orElse(name));
    Fields.optional(node, "unknown").map(Fields::strings).ifPresent(column::addAllUnknown);
    Fields.optional(node, "trim").map(Fields::bool).ifPresent(column::trim);
    Fields.optional(node, "ignoreCase").map(Fields::bool).ifPresent(column::ignoreCase);
    Optional<Node> aliases = Fields.optional(node, "aliases");
    if (aliases.isPresent()) {
      Fields.expect(aliases.get(), Node.Type.OBJECT);
      for (Map.Entry<String, Node> alias : aliases.get().members.entrySet()) {
        column.putAliases(alias.getKey(), Fields.string(alias.getValue()));
      }
    }
    Fields.optional(node, "otherwise").map(MappingJson::nonEmpty).ifPresent(column::otherwise);
    column.otherwiseUnknown(Fields.bool(node, "otherwiseUnknown", false));
    Optional<Node> separator = Fields.optional(node, "separator");
    if (separator.isPresent()) {
      String text = Fields.string(separator.get());
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
  private static String nonEmpty(Node node) {
    String text = Fields.string(node);
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
