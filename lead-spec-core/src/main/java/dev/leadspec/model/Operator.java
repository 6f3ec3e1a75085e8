package dev.leadspec.model;

/**
 * A comparison operator of {@link Condition.Compare}.
 *
 * <pre>{@code
 * new Condition.Compare("computers", Operator.GE, Value.of(30));
 * }</pre>
 */
public enum Operator {
  /** Equal (by value for decimals). */
  EQ("="),
  /** Not equal. */
  NE("≠"),
  /** Less than. */
  LT("<"),
  /** Less than or equal. */
  LE("≤"),
  /** Greater than. */
  GT(">"),
  /** Greater than or equal. */
  GE("≥");

  private final String symbol;

  Operator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator's symbol: {@code ≥}.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether this operator orders values (and so needs a numeric or date field).
   *
   * @return true for {@code < ≤ > ≥}
   */
  public boolean isOrdering() {
    return this != EQ && this != NE;
  }
}
