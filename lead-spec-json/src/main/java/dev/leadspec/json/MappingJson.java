package dev.leadspec.json;

import dev.leadspec.model.ColumnMapping;
import dev.leadspec.model.LeadMapping;
import java.util.Map;
import java.util.Optional;

/** Mapping documents ({@code lead-spec.mapping/1}) to {@link LeadMapping}s, strictly. */
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
    TreeValues.optional(root, "idColumn").map(TreeValues::string).ifPresent(mapping::idColumn);
    TreeValues.optional(root, "deliveredAtColumn").map(TreeValues::string).ifPresent(mapping::deliveredAtColumn);
    TreeValues.optional(root, "deliveredAt").map(TreeValues::instant).ifPresent(mapping::deliveredAt);
    TreeValues.optional(root, "unknown").map(TreeValues::strings).ifPresent(mapping::addAllUnknown);
    mapping.trim(TreeValues.bool(root, "trim", false)).ignoreCase(TreeValues.bool(root, "ignoreCase", false));
    TreeValues.optional(root, "allowUnmapped").map(TreeValues::strings).ifPresent(mapping::addAllAllowUnmapped);
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
        .field(TreeValues.optional(node, "field").map(TreeValues::string).orElse(name));
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
    TreeValues.optional(node, "otherwise").map(TreeValues::string).ifPresent(column::otherwise);
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
}
