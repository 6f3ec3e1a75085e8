package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * A date field (ISO local date).
 *
 * <pre>{@code
 * DateField FOUNDED = date("founded"); FOUNDED.lessThan(LocalDate.of(2020, 1, 1));
 * }</pre>
 */
public final class DateField extends OrderedField<DateField> {
  DateField(Field field) {
    super(field);
  }

  static DateField declare(String name) {
    return new DateField(field(name, FieldKind.DATE, name, Optional.empty(), List.of(), Optional.empty()));
  }

  @Override
  DateField with(Field field) {
    return new DateField(field);
  }

  /**
   * Equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition equalTo(LocalDate value) {
    return compare(Operator.EQ, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Not equal to a value (unknown stays unknown).
   *
   * @param value the value
   * @return the condition
   */
  public Condition notEqualTo(LocalDate value) {
    return compare(Operator.NE, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Strictly less than a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition lessThan(LocalDate value) {
    return compare(Operator.LT, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Less than or equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition atMost(LocalDate value) {
    return compare(Operator.LE, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Strictly greater than a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition greaterThan(LocalDate value) {
    return compare(Operator.GT, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Greater than or equal to a value.
   *
   * @param value the value
   * @return the condition
   */
  public Condition atLeast(LocalDate value) {
    return compare(Operator.GE, Value.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * Between two values, both inclusive: {@code FOUNDED.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))}.
   *
   * @param low the lower end, inclusive
   * @param high the upper end, inclusive
   * @return the condition; {@code build()} rejects low &gt; high
   */
  public Condition between(LocalDate low, LocalDate high) {
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
  public Condition between(LocalDate low, LocalDate high, Bounds bounds) {
    return range(Value.of(Objects.requireNonNull(low, "low")), Value.of(Objects.requireNonNull(high, "high")), bounds);
  }
}
