package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.util.List;
import java.util.Optional;

/**
 * An integer field (a {@code long}).
 *
 * <pre>{@code
 * IntegerField EMPLOYEES = integer("employees").label("Employees");
 * }</pre>
 */
public final class IntegerField extends OrderedField<IntegerField> {
  IntegerField(Field field) {
    super(field);
  }

  static IntegerField declare(String name) {
    return new IntegerField(field(name, FieldKind.INTEGER, name, Optional.empty(), List.of(), Optional.empty()));
  }

  @Override
  IntegerField with(Field field) {
    return new IntegerField(field);
  }

  /**
   * Equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition equalTo(long value) {
    return compare(Operator.EQ, Value.of(value));
  }

  /**
   * Not equal to a value (unknown stays unknown).
   *
   * @param value the value
   * @return the condition
   */
  public Condition notEqualTo(long value) {
    return compare(Operator.NE, Value.of(value));
  }

  /**
   * Strictly less than a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition lessThan(long value) {
    return compare(Operator.LT, Value.of(value));
  }

  /**
   * Less than or equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition atMost(long value) {
    return compare(Operator.LE, Value.of(value));
  }

  /**
   * Strictly greater than a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition greaterThan(long value) {
    return compare(Operator.GT, Value.of(value));
  }

  /**
   * Greater than or equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition atLeast(long value) {
    return compare(Operator.GE, Value.of(value));
  }

  /**
   * Between two values, both inclusive: {@code EMPLOYEES.between(50, 5000)}.
   *
   * @param low the lower end, inclusive
   * @param high the upper end, inclusive
   * @return the condition; {@code build()} rejects low &gt; high
   */
  public Condition between(long low, long high) {
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
  public Condition between(long low, long high, Bounds bounds) {
    return range(Value.of(low), Value.of(high), bounds);
  }
}
