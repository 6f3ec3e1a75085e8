package dev.leadspec.model;

import org.immutables.value.Value;

/**
 * One row of a {@link Table}: an id, a condition and the output the row gives.
 *
 * <pre>{@code
 * Row promoter = Row.of("PROMOTER", new Condition.Between("score", Value.of(9), Value.of(10), true, true),
 *     Output.code("PROMOTER"));
 * }</pre>
 */
@Value.Immutable
public abstract class Row {
  Row() {}

  /**
   * A row.
   *
   * @param id the row's id, unique in its table
   * @param condition when the row matches
   * @param output what the row gives
   * @return the row
   */
  public static Row of(String id, Condition condition, Output output) {
    return ImmutableRow.of(id, condition, output);
  }

  /**
   * The row's id, unique in its table.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * When the row matches (only MET matches).
   *
   * @return the condition
   */
  @Value.Parameter
  public abstract Condition condition();

  /**
   * What the row gives.
   *
   * @return the output
   */
  @Value.Parameter
  public abstract Output output();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("row id is blank");
    }
  }

  @Override
  public String toString() {
    return id() + ": " + condition() + " -> " + output();
  }
}
