package dev.leadspec.eval;

import dev.leadspec.model.Table;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A contract's tables, each compiled to a {@link TableClassifier}: classifies an accepted lead by every table. */
final class CompiledTables {
  static final TableResult[] NONE = new TableResult[0];

  private final TableClassifier[] tables;

  CompiledTables(List<Table> list, ConditionCompiler compiler) {
    tables = new TableClassifier[list.size()];
    for (int t = 0; t < tables.length; t++) {
      tables[t] = new TableClassifier(list.get(t), compiler);
    }
  }

  /** How each table, in declaration order, classifies the lead bound in these slots. */
  TableResult[] classify(LeadSlots lead) {
    return classify(lead, null);
  }

  /**
   * How each table classifies the lead from which of their rows hold: {@code rowsMet} holds
   * every row of every table in declaration order, one table after the other, as generated code
   * writes it; null where the contract has no tables.
   */
  TableResult[] classify(boolean @Nullable [] rowsMet) {
    return classify(null, tables.length == 0 ? null : Objects.requireNonNull(rowsMet, "rowsMet"));
  }

  private TableResult[] classify(@Nullable LeadSlots lead, boolean @Nullable [] rowsMet) {
    if (tables.length == 0) {
      return NONE;
    }
    TableResult[] results = new TableResult[tables.length];
    int offset = 0;
    for (int t = 0; t < tables.length; t++) {
      results[t] = tables[t].classify(lead, rowsMet, offset);
      offset += tables[t].rowCount();
    }
    return results;
  }
}
