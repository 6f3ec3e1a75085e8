package dev.leadspec.dsl;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Value;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a scripted question asked in the call: YES, NO, or unknown when it was not
 * asked or not answered. The question text is part of the field, and so of the contract.
 *
 * <pre>{@code
 * AnswerField PLANS_UPGRADE = answer("plans_upgrade", "Do you plan to upgrade your hardware within 12 months?");
 * Condition wants = PLANS_UPGRADE.isYes();
 * }</pre>
 */
public final class AnswerField extends FieldRef<AnswerField> {
  AnswerField(Field field) {
    super(field);
  }

  static AnswerField declare(String name, String question) {
    return new AnswerField(field(name, FieldKind.ANSWER, name, Optional.empty(), List.of(), Optional.of(question)));
  }

  @Override
  AnswerField with(Field field) {
    return new AnswerField(field);
  }

  /**
   * The scripted question.
   *
   * @return the question
   */
  public String question() {
    return toField().question().orElseThrow();
  }

  /**
   * Answered YES.
   *
   * @return the condition
   */
  public Condition isYes() {
    return new Condition.Compare(name(), Operator.EQ, Value.of(Answer.YES));
  }

  /**
   * Answered NO.
   *
   * @return the condition
   */
  public Condition isNo() {
    return new Condition.Compare(name(), Operator.EQ, Value.of(Answer.NO));
  }
}
