package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * A decimal field, compared by value (1.0 equals 1.00).
 *
 * <pre>{@code
 * DecimalField SCORE = decimal("score"); SCORE.between(new BigDecimal("0"), new BigDecimal("7"), Bounds.CLOSED_OPEN);
 * }</pre>
 */
public final class DecimalField extends OrderedField<DecimalField> {
  DecimalField(Field field) {
    super(field);
  }

  static DecimalField declare(String name) {
    return new DecimalField(field(name, FieldKind.DECIMAL, name, Optional.empty(), List.of(), Optional.empty()));
  }

  @Override
  DecimalField with(Field field) {
    return new DecimalField(field);
  }

  /**
   * Equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition equalTo(BigDecimal value) {
    return compare(Operator.EQ, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Not equal to a value (unknown stays unknown).
   *
   * @param value the value
   * @return the condition
   */
  public Condition notEqualTo(BigDecimal value) {
    return compare(Operator.NE, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Strictly less than a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition lessThan(BigDecimal value) {
    return compare(Operator.LT, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Less than or equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition atMost(BigDecimal value) {
    return compare(Operator.LE, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Strictly greater than a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition greaterThan(BigDecimal value) {
    return compare(Operator.GT, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Greater than or equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition atLeast(BigDecimal value) {
    return compare(Operator.GE, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Between two values, both inclusive: {@code SCORE.between(new BigDecimal("9"), new BigDecimal("10"))}.
   *
   * @param low the lower end, inclusive
   * @param high the upper end, inclusive
   * @return the condition; {@code build()} rejects low &gt; high
   */
  public Condition between(BigDecimal low, BigDecimal high) {
    return between(low, high, Bounds.CLOSED);
  }

  /**
   * Between two values, with the ends the bounds say.
   *
   * @param low the lower end
   * @param high the upper end
   * @param bounds which ends are included
   * @return the condition; {@code build()} rejects low &gt; high and empty ranges
   */
  public Condition between(BigDecimal low, BigDecimal high, Bounds bounds) {
    return range(Value.of(Objects.requireNonNull(low, "low")), Value.of(Objects.requireNonNull(high, "high")), bounds);
  }
}
