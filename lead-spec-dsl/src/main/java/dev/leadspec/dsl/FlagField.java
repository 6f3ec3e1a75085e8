package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.util.List;
import java.util.Optional;

/**
 * A true/false fact: the phone was valid, the lead duplicates an existing one.
 *
 * <pre>{@code
 * FlagField DUPLICATE = flag("duplicate").label("Duplicates an existing lead");
 * Condition dup = DUPLICATE.isTrue();
 * }</pre>
 */
public final class FlagField extends FieldRef<FlagField> {
  FlagField(Field field) {
    super(field);
  }

  static FlagField declare(String name) {
    return new FlagField(field(name, FieldKind.FLAG, name, Optional.empty(), List.of(), Optional.empty()));
  }

  @Override
  FlagField with(Field field) {
    return new FlagField(field);
  }

  /**
   * The flag is true.
   *
   * @return the condition
   */
  public Condition isTrue() {
    return new Condition.Compare(name(), Operator.EQ, Value.of(true));
  }

  /**
   * The flag is false.
   *
   * @return the condition
   */
  public Condition isFalse() {
    return new Condition.Compare(name(), Operator.EQ, Value.of(false));
  }
}
