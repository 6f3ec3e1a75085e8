package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.util.Objects;

/**
 * A field whose values are ordered: integer, decimal or date. Its typed subclasses offer
 * {@code equalTo}, {@code lessThan}, {@code atMost}, {@code greaterThan}, {@code atLeast} and
 * {@code between}.
 *
 * <pre>{@code
 * EMPLOYEES.between(50, 5000);   // inclusive unless Bounds say otherwise
 * COMPUTERS.atLeast(30);
 * }</pre>
 *
 * @param <F> the concrete field type
 */
public abstract class OrderedField<F extends OrderedField<F>> extends FieldRef<F> {
  OrderedField(Field field) {
    super(field);
  }

  final Condition compare(Operator operator, Value value) {
    return new Condition.Compare(name(), operator, value);
  }

  final Condition range(Value low, Value high, Bounds bounds) {
    Objects.requireNonNull(bounds, "bounds");
    return new Condition.Between(name(), low, high, bounds.lowInclusive, bounds.highInclusive);
  }
}
