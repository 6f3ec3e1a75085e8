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
 * A field holding a set of codes of a closed set (at most 64 codes): the vehicle brands a
 * company owns, the products it uses.
 *
 * <pre>{@code
 * ChoicesField FLEET = choices("fleet_brands", "VOLVO", "SCANIA", "MAN", "KAMAZ");
 * Condition european = FLEET.containsAny("VOLVO", "SCANIA", "MAN");
 * }</pre>
 */
public final class ChoicesField extends FieldRef<ChoicesField> {
  ChoicesField(Field field) {
    super(field);
  }

  static ChoicesField declare(String name, List<String> codes) {
    return new ChoicesField(field(name, FieldKind.CHOICES, name, Optional.empty(), codes, Optional.empty()));
  }

  @Override
  ChoicesField with(Field field) {
    return new ChoicesField(field);
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
   * Contains at least one of some codes.
   *
   * @param codes declared codes, at least one
   * @return the condition
   */
  public Condition containsAny(String... codes) {
    return containsAny(List.of(codes));
  }

  /**
   * Contains at least one of some codes.
   *
   * @param codes declared codes, at least one
   * @return the condition
   */
  public Condition containsAny(Collection<String> codes) {
    return new Condition.Contains(name(), List.copyOf(codes), false);
  }

  /**
   * Contains every one of some codes.
   *
   * @param codes declared codes, at least one
   * @return the condition
   */
  public Condition containsAll(String... codes) {
    return containsAll(List.of(codes));
  }

  /**
   * Contains every one of some codes.
   *
   * @param codes declared codes, at least one
   * @return the condition
   */
  public Condition containsAll(Collection<String> codes) {
    return new Condition.Contains(name(), List.copyOf(codes), true);
  }

  /**
   * Is exactly this set of codes.
   *
   * @param codes declared codes
   * @return the condition
   */
  public Condition is(String... codes) {
    return new Condition.Compare(name(), Operator.EQ, Value.codes(codes));
  }
}
