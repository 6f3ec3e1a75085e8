package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Output;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table being declared: its rows in order, each a condition and an output (a code or money).
 * Immutable: every call returns a new step.
 *
 * <pre>{@code
 * uniqueTable("nps").title("NPS group").complete()
 *     .row("DETRACTOR", SCORE.between(0, 6), "DETRACTOR")
 *     .row("PASSIVE", SCORE.between(7, 8), "PASSIVE")
 *     .row("PROMOTER", SCORE.between(9, 10), "PROMOTER");
 * }</pre>
 */
public final class TableStep {
  private final String id;
  private final String title;
  private final HitPolicy hitPolicy;
  private final boolean complete;
  private final List<Row> rows;
  private final Map<String, String> titles;

  TableStep(String id, String title, HitPolicy hitPolicy, boolean complete, List<Row> rows) {
    this(id, title, Map.of(), hitPolicy, complete, rows);
  }

  private TableStep(String id, String title, Map<String, String> titles, HitPolicy hitPolicy, boolean complete, List<Row> rows) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.titles = titles;
    this.hitPolicy = hitPolicy;
    this.complete = complete;
    this.rows = List.copyOf(rows);
  }

  /**
   * The table's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The title people read.
   *
   * @param title the title
   * @return a new step
   */
  public TableStep title(String title) {
    return new TableStep(id, title, titles, hitPolicy, complete, rows);
  }

  /**
   * The title in another language, which documents in that language show; any other language
   * shows {@link #title(String)}. A second call for the same language replaces the first. The
   * contract's {@code build()} checks the tag (BCP 47, such as {@code "ru"} or {@code "pt-BR"})
   * and that the text is not blank.
   *
   * <pre>{@code
   * uniqueTable("nps").title("NPS group").title("ru", "Группа NPS")
   * }</pre>
   *
   * @param language the BCP 47 tag of the language: {@code "ru"}
   * @param title the title in that language
   * @return a new step
   * @throws NullPointerException if an argument is null
   */
  public TableStep title(String language, String title) {
    return new TableStep(id, this.title, Translated.plus(titles, language, title), hitPolicy, complete, rows);
  }

  /**
   * Declares that every accepted lead must match a row; a lead that matches none gets
   * {@code NO_MATCH} in its verdict.
   *
   * @return a new step
   */
  public TableStep complete() {
    return new TableStep(id, title, titles, hitPolicy, true, rows);
  }

  /**
   * Adds a row with a code output.
   *
   * @param rowId the row's id, unique in the table
   * @param condition when the row matches
   * @param code the output code
   * @return a new step
   */
  public TableStep row(String rowId, Condition condition, String code) {
    return row(rowId, condition, Output.code(code));
  }

  /**
   * Adds a row with a money output (a price table).
   *
   * @param rowId the row's id, unique in the table
   * @param condition when the row matches
   * @param price the amount
   * @return a new step
   */
  public TableStep row(String rowId, Condition condition, Money price) {
    return row(rowId, condition, (Output) price);
  }

  private TableStep row(String rowId, Condition condition, Output output) {
    List<Row> next = new ArrayList<>(rows);
    next.add(Row.of(rowId, condition, output));
    return new TableStep(id, title, titles, hitPolicy, complete, next);
  }

  /**
   * The model table.
   *
   * @return the table
   * @throws IllegalStateException if two rows share an id (quoting both)
   * @throws IllegalArgumentException if the table has no rows or mixes outputs
   */
  public Table toTable() {
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (rows.get(i).id().equals(rows.get(j).id())) {
          throw new IllegalStateException("table " + id + ": row " + rows.get(i).id() + " is declared twice: ["
              + rows.get(j) + "] and [" + rows.get(i) + "]");
        }
      }
    }
    return Table.builder().id(id).title(title).putAllTitles(titles).hitPolicy(hitPolicy).complete(complete).addAllRows(rows).build();
  }

  @Override
  public String toString() {
    return "table " + id + " (" + hitPolicy + (complete ? ", complete" : "") + ", " + rows.size() + " rows)";
  }
}
