package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared field, typed by its kind. Immutable: {@link #label(String)} and {@link #unit(String)}
 * return new references, as do their translations {@link #label(String, String)} and
 * {@link #unit(String, String)}. Its conditions are model {@link Condition}s.
 *
 * <pre>{@code
 * IntegerField EMPLOYEES = integer("employees").label("Employees").unit("people")
 *     .label("ru", "Сотрудники").unit("ru", "чел.");
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

  /** The field with another label, unit and translations, everything else kept. */
  private static Field field(Field field, String label, Optional<String> unit, Map<String, String> labels,
      Map<String, String> units) {
    return Field.builder().name(field.name()).kind(field.kind()).label(label).putAllLabels(labels).unit(unit).putAllUnits(units)
        .addAllCodes(field.codes()).question(field.question()).putAllQuestions(field.questions()).build();
  }

  /** The field with its question's translations, everything else kept. */
  static Field withQuestions(Field field, Map<String, String> questions) {
    return Field.builder().name(field.name()).kind(field.kind()).label(field.label()).putAllLabels(field.labels())
        .unit(field.unit()).putAllUnits(field.units()).addAllCodes(field.codes()).question(field.question())
        .putAllQuestions(questions).build();
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
    return with(field(field, Objects.requireNonNull(label, "label"), field.unit(), field.labels(), field.units()));
  }

  /**
   * The same field with its label in another language, which documents in that language show;
   * any other language shows {@link #label(String)}. A second call for the same language
   * replaces the first. The contract's {@code build()} checks the tag (BCP 47, such as
   * {@code "ru"} or {@code "pt-BR"}) and that the text is not blank.
   *
   * <pre>{@code
   * IntegerField EMPLOYEES = integer("employees").label("Employees").label("ru", "Сотрудники");
   * }</pre>
   *
   * @param language the BCP 47 tag of the language: {@code "ru"}
   * @param label the label in that language: {@code "Сотрудники"}
   * @return a new reference
   * @throws NullPointerException if an argument is null
   */
  public final F label(String language, String label) {
    return with(field(field, field.label(), field.unit(), Translated.plus(field.labels(), language, label), field.units()));
  }

  /**
   * The same field with a unit.
   *
   * @param unit the unit: {@code "people"}, {@code "RUB"}
   * @return a new reference
   */
  public final F unit(String unit) {
    return with(field(field, field.label(), Optional.of(unit), field.labels(), field.units()));
  }

  /**
   * The same field with its unit in another language: {@code "people"} is {@code "чел."} in
   * Russian. The field must have a unit ({@link #unit(String)}) for {@code build()} to accept
   * it; a second call for the same language replaces the first.
   *
   * <pre>{@code
   * IntegerField EMPLOYEES = integer("employees").unit("people").unit("ru", "чел.");
   * }</pre>
   *
   * @param language the BCP 47 tag of the language: {@code "ru"}
   * @param unit the unit in that language: {@code "чел."}
   * @return a new reference
   * @throws NullPointerException if an argument is null
   */
  public final F unit(String language, String unit) {
    return with(field(field, field.label(), field.unit(), field.labels(), Translated.plus(field.units(), language, unit)));
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
