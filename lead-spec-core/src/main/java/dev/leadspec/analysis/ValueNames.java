package dev.leadspec.analysis;

import dev.leadspec.model.Value;
import java.util.List;

/**
 * The names a literal gives a field's atoms: a text's text, a set's codes; nothing for the
 * ordered kinds, whose atoms come from ordering keys and decimals instead.
 */
final class ValueNames implements Value.Visitor<List<String>> {
  private static final ValueNames INSTANCE = new ValueNames();

  private ValueNames() {}

  static List<String> of(Value value) {
    return value.accept(INSTANCE);
  }

  @Override
  public List<String> visit(Value.TextValue value) {
    return List.of(value.text());
  }

  @Override
  public List<String> visit(Value.CodesValue value) {
    return value.codes();
  }

  @Override
  public List<String> visit(Value.IntegerValue value) {
    return List.of();
  }

  @Override
  public List<String> visit(Value.DecimalValue value) {
    return List.of();
  }

  @Override
  public List<String> visit(Value.FlagValue value) {
    return List.of();
  }

  @Override
  public List<String> visit(Value.AnswerValue value) {
    return List.of();
  }

  @Override
  public List<String> visit(Value.DateValue value) {
    return List.of();
  }
}
