package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared field, typed by its kind. Immutable: {@link #label(String)} and {@link #unit(String)}
 * return new references. Its conditions are model {@link Condition}s.
 *
 * <pre>{@code
 * IntegerField EMPLOYEES = integer("employees").label("Employees").unit("people");
 * Condition known = EMPLOYEES.isKnown();
 * }</pre>
 *
 * @param <F> the concrete field type
 */
public abstract class FieldRef<F extends FieldRef<F>> {
  private final Field field;

  FieldRef(Field field) {
    this.field = field;
  }

  static Field field(String name, FieldKind kind, String label, Optional<String> unit, List<String> codes, Optional<String> question) {
    Objects.requireNonNull(name, "name");
    return Field.builder().name(name).kind(kind).label(label).unit(unit).addAllCodes(codes).question(question).build();
  }

  abstract F with(Field field);

  /**
   * The field's name.
   *
   * @return the name
   */
  public final String name() {
    return field.name();
  }

  /**
   * The model field this reference declares.
   *
   * @return the field
   */
  public final Field toField() {
    return field;
  }

  /**
   * The same field with a label people read.
   *
   * @param label the label: {@code "Employees"}
   * @return a new reference
   */
  public final F label(String label) {
    return with(field(field.name(), field.kind(), Objects.requireNonNull(label, "label"), field.unit(), field.codes(), field.question()));
  }

  /**
   * The same field with a unit.
   *
   * @param unit the unit: {@code "people"}, {@code "RUB"}
   * @return a new reference
   */
  public final F unit(String unit) {
    return with(field(field.name(), field.kind(), field.label(), Optional.of(unit), field.codes(), field.question()));
  }

  /**
   * Met when the fact is known; never unknown itself.
   *
   * @return the condition
   */
  public final Condition isKnown() {
    return new Condition.Known(name(), true);
  }

  /**
   * Met when the fact is unknown; never unknown itself.
   *
   * @return the condition
   */
  public final Condition isUnknown() {
    return new Condition.Known(name(), false);
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof FieldRef<?> that && field.equals(that.field);
  }

  @Override
  public final int hashCode() {
    return field.hashCode();
  }

  @Override
  public final String toString() {
    return field.toString();
  }
}
