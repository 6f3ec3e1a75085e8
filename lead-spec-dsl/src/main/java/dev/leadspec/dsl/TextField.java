package dev.leadspec.dsl;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A free-text fact, compared exactly (no case folding).
 *
 * <pre>{@code
 * TextField CITY = text("city");
 * Condition capital = CITY.in("Moscow", "Saint Petersburg");
 * }</pre>
 */
public final class TextField extends FieldRef<TextField> {
  TextField(Field field) {
    super(field);
  }

  static TextField declare(String name) {
    return new TextField(field(name, FieldKind.TEXT, name, Optional.empty(), List.of(), Optional.empty()));
  }

  @Override
  TextField with(Field field) {
    return new TextField(field);
  }

  /**
   * Equal to a text.
   *
   * @param text the text
   * @return the condition
   */
  public Condition is(String text) {
    return new Condition.Compare(name(), Operator.EQ, Value.of(text));
  }

  /**
   * Not equal to a text (unknown stays unknown).
   *
   * @param text the text
   * @return the condition
   */
  public Condition isNot(String text) {
    return new Condition.Compare(name(), Operator.NE, Value.of(text));
  }

  /**
   * One of some texts.
   *
   * @param texts the texts, at least one
   * @return the condition
   */
  public Condition in(String... texts) {
    return in(List.of(texts));
  }

  /**
   * One of some texts.
   *
   * @param texts the texts, at least one
   * @return the condition
   */
  public Condition in(Collection<String> texts) {
    return new Condition.In(name(), List.copyOf(texts), false);
  }

  /**
   * None of some texts (unknown stays unknown).
   *
   * @param texts the texts, at least one
   * @return the condition
   */
  public Condition notIn(String... texts) {
    return new Condition.In(name(), List.of(texts), true);
  }
}
