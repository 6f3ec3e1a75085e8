package dev.leadspec.json;

import dev.leadspec.model.ColumnMapping;
import dev.leadspec.model.LeadMapping;
import java.util.Map;
import java.util.Optional;

/** Mapping documents ({@code lead-spec.mapping/1}) to {@link LeadMapping}s, strictly. */
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
    Fields.optional(root, "idColumn").map(Fields::string).ifPresent(mapping::idColumn);
    Fields.optional(root, "deliveredAtColumn").map(Fields::string).ifPresent(mapping::deliveredAtColumn);
    Fields.optional(root, "deliveredAt").map(Fields::instant).ifPresent(mapping::deliveredAt);
    Fields.optional(root, "unknown").map(Fields::strings).ifPresent(mapping::addAllUnknown);
    mapping.trim(Fields.bool(root, "trim", false)).ignoreCase(Fields.bool(root, "ignoreCase", false));
    Fields.optional(root, "allowUnmapped").map(Fields::strings).ifPresent(mapping::addAllAllowUnmapped);
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
        .field(Fields.optional(node, "field").map(Fields::string).orElse(name));
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
    Fields.optional(node, "otherwise").map(Fields::string).ifPresent(column::otherwise);
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
}
