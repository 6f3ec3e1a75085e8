package dev.leadspec.eval;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One fact a criterion read: the field and its value, or unknown.
 *
 * <pre>{@code
 * reading.toString(); // "employees = 49" or "plans_upgrade = unknown"
 * }</pre>
 */
@Value.Immutable
public abstract class FactReading {
  FactReading() {}

  static FactReading reading(String field, Optional<? extends dev.leadspec.model.Value> value) {
    return ImmutableFactReading.of(field, value);
  }

  /**
   * The field name.
   *
   * @return the field
   */
  @Value.Parameter
  public abstract String field();

  /**
   * The value read, empty when the fact was unknown.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract Optional<dev.leadspec.model.Value> value();

  @Override
  public String toString() {
    return field() + " = " + value().map(Object::toString).orElse("unknown");
  }
}
