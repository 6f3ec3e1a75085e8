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
 * A field holding one code of a closed set. A code outside the set, in a condition or a lead, is
 * an error, never a silent mismatch.
 *
 * <pre>{@code
 * ChoiceField INDUSTRY = choice("industry", "MANUFACTURING", "LOGISTICS", "RETAIL", "FINANCE");
 * Condition target = INDUSTRY.in("MANUFACTURING", "LOGISTICS", "RETAIL");
 * }</pre>
 */
public final class ChoiceField extends FieldRef<ChoiceField> {
  ChoiceField(Field field) {
    super(field);
  }

  static ChoiceField declare(String name, List<String> codes) {
    return new ChoiceField(field(name, FieldKind.CHOICE, name, Optional.empty(), codes, Optional.empty()));
  }

  @Override
  ChoiceField with(Field field) {
    return new ChoiceField(field);
  }

  /**
   * The field's codes in declaration order.
   *
   * @return the codes
   */
  public List<String> codes() {
    return toField().codes();
  }

  /**
   * Equal to one code.
   *
   * @param code a declared code
   * @return the condition
   */
  public Condition is(String code) {
    return new Condition.Compare(name(), Operator.EQ, Value.of(code));
  }

  /**
   * Not equal to a code (unknown stays unknown).
   *
   * @param code a declared code
   * @return the condition
   */
  public Condition isNot(String code) {
    return new Condition.Compare(name(), Operator.NE, Value.of(code));
  }

  /**
   * One of some codes.
   *
   * @param codes declared codes, at least one
   * @return the condition
   */
  public Condition in(String... codes) {
    return in(List.of(codes));
  }

  /**
   * One of some codes.
   *
   * @param codes declared codes, at least one
   * @return the condition
   */
  public Condition in(Collection<String> codes) {
    return new Condition.In(name(), List.copyOf(codes), false);
  }

  /**
   * None of some codes (unknown stays unknown).
   *
   * @param codes declared codes, at least one
   * @return the condition
   */
  public Condition notIn(String... codes) {
    return notIn(List.of(codes));
  }

  /**
   * None of some codes (unknown stays unknown).
   *
   * @param codes declared codes, at least one
   * @return the condition
   */
  public Condition notIn(Collection<String> codes) {
    return new Condition.In(name(), List.copyOf(codes), true);
  }
}
