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
   * The same field with its question in another language, which documents in that language
   * ask; any other language asks {@link #question()}. A second call for the same language
   * replaces the first. The contract's {@code build()} checks the tag (BCP 47, such as
   * {@code "ru"}) and that the text is not blank.
   *
   * <pre>{@code
   * AnswerField PLANS_UPGRADE = answer("plans_upgrade", "Do you plan to upgrade your hardware within 12 months?")
   *     .question("ru", "Планируете ли вы обновить оборудование в ближайшие 12 месяцев?");
   * }</pre>
   *
   * @param language the BCP 47 tag of the language: {@code "ru"}
   * @param question the question in that language
   * @return a new reference
   * @throws NullPointerException if an argument is null
   */
  public AnswerField question(String language, String question) {
    Field field = toField();
    return with(withQuestions(field, Translated.plus(field.questions(), language, question)));
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
