package dev.leadspec.eval;

import static dev.leadspec.internal.Kleene.MET;

import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One table's rows compiled, with its ordinary results prepared so classifying allocates nothing. */
final class TableClassifier {
  final Table table;
  private final CompiledCondition[] rows;
  private final TableResult[] matched;
  private final TableResult empty;

  TableClassifier(Table table, ConditionCompiler compiler) {
    this.table = table;
    List<Row> list = table.rows();
    rows = new CompiledCondition[list.size()];
    matched = new TableResult[list.size()];
    for (int r = 0; r < rows.length; r++) {
      Row row = list.get(r);
      rows[r] = compiler.compile(row.condition());
      matched[r] = TableResult.result(table.id(), TableResult.RowMatch.MATCHED, List.of(row.id()), Optional.of(row.output()));
    }
    empty = TableResult.result(table.id(), table.complete() ? TableResult.RowMatch.NO_MATCH : TableResult.RowMatch.NONE,
        List.of(), Optional.empty());
  }

  int rowCount() {
    return rows.length;
  }

  /**
   * How the table classifies the lead: from its slots, the interpreter's way, or, where
   * {@code met} is given, from whether each row holds, {@code met[offset + r]} for row {@code r}
   * (generated code's way). One loop for both: a FIRST table stops at the first row that holds.
   * The test of {@code met} goes the same way for every row of an evaluator, so it costs a
   * predicted branch; measured against the two former copies (interpreted and generated, a
   * contract with a FIRST and a UNIQUE table, CPU time per lead, rounds interleaved in one JVM),
   * no difference stood out of the run-to-run spread (issue 16).
   */
  TableResult classify(@Nullable LeadSlots lead, boolean @Nullable [] met, int offset) {
    int first = -1;
    List<String> conflict = null;
    for (int r = 0; r < rows.length; r++) {
      boolean holds = met != null ? met[offset + r] : rows[r].eval(lead) == MET;
      if (!holds) {
        continue;
      }
      if (table.hitPolicy() == HitPolicy.FIRST) {
        return matched[r];
      }
      if (first < 0) {
        first = r;
      } else {
        if (conflict == null) {
          conflict = new ArrayList<>();
          conflict.add(table.rows().get(first).id());
        }
        conflict.add(table.rows().get(r).id());
      }
    }
    if (conflict != null) {
      return TableResult.result(table.id(), TableResult.RowMatch.CONFLICT, conflict, Optional.empty());
    }
    return first >= 0 ? matched[first] : empty;
  }
}
