package dev.leadspec.eval;

import dev.leadspec.model.Output;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one table classified an accepted lead: the output and the row that gave it, or why there
 * is none ({@code NO_MATCH} for a complete table, {@code CONFLICT} with the rows involved).
 *
 * <pre>{@code
 * TableResult price = verdict.table("price").orElseThrow();
 * price.status();  // MATCHED
 * price.rowIds();  // [HOT_MOSCOW]
 * price.output();  // Optional[800 RUB]
 * }</pre>
 */
@Value.Immutable
public abstract class TableResult {
  TableResult() {}

  static TableResult result(String tableId, RowMatch status, List<String> rowIds, Optional<Output> output) {
    return ImmutableTableResult.of(tableId, status, rowIds, output);
  }

  /**
   * The table's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String tableId();

  /**
   * How the table's rows matched the lead.
   *
   * @return how the rows matched
   */
  @Value.Parameter
  public abstract RowMatch status();

  /**
   * The matching row, or for a conflict every matching row.
   *
   * @return the row ids
   */
  @Value.Parameter
  public abstract List<String> rowIds();

  /**
   * The output of the matching row, when exactly one row decided.
   *
   * @return the output
   */
  @Value.Parameter
  public abstract Optional<Output> output();

  @Override
  public String toString() {
    switch (status()) {
      case MATCHED:
        return tableId() + " = " + output().orElseThrow() + " (row " + rowIds().get(0) + ")";
      case CONFLICT:
        return tableId() + ": CONFLICT between rows " + String.join(", ", rowIds());
      case NO_MATCH:
        return tableId() + ": NO_MATCH (complete table, no row matches)";
      default:
        return tableId() + ": no row matches";
    }
  }

  /**
   * How a table's rows matched a lead: exactly one row decided, no row, or several that
   * conflict. (Named apart from {@link dev.leadspec.model.Status}, a criterion's status.)
   *
   * <pre>{@code
   * if (result.status() == TableResult.RowMatch.NO_MATCH) flagForReview(lead);
   * }</pre>
   */
  public enum RowMatch {
    /** Exactly one row decided: its output applies. */
    MATCHED,
    /** No row matches, and the table is not declared complete. */
    NONE,
    /** No row matches a complete table: a contract defect, never silently priced. */
    NO_MATCH,
    /** Two or more rows of a UNIQUE table match: a contract defect. */
    CONFLICT
  }
}
