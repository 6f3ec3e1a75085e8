package dev.leadspec.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A known fact's value, or a literal in a condition. Absent facts are unknown; there is no
 * null value. Decimals compare by value: {@code Value.of(new BigDecimal("1.0"))} equals
 * {@code Value.of(new BigDecimal("1.00"))}.
 *
 * <pre>{@code
 * Value.of(120);                       // an integer
 * Value.of("RETAIL");                  // a code (or a text)
 * Value.codes("VOLVO", "SCANIA");      // a set of codes
 * Value.of(Answer.YES);                // a scripted answer
 * }</pre>
 */
public sealed interface Value
    permits Value.TextValue, Value.CodesValue, Value.IntegerValue, Value.DecimalValue,
        Value.FlagValue, Value.AnswerValue, Value.DateValue {

  /**
   * A code of a choice field, or a text.
   *
   * @param text the code or text
   * @return the value
   * @throws NullPointerException if {@code text} is null
   */
  static Value of(String text) {
    return new TextValue(text);
  }

  /**
   * An integer.
   *
   * @param number the number
   * @return the value
   */
  static Value of(long number) {
    return new IntegerValue(number);
  }

  /**
   * A decimal, compared by value.
   *
   * @param number the number
   * @return the value
   * @throws NullPointerException if {@code number} is null
   */
  static Value of(BigDecimal number) {
    return new DecimalValue(number);
  }

  /**
   * A flag.
   *
   * @param flag the flag
   * @return the value
   */
  static Value of(boolean flag) {
    return flag ? FlagValue.TRUE : FlagValue.FALSE;
  }

  /**
   * A scripted answer.
   *
   * @param answer the answer
   * @return the value
   * @throws NullPointerException if {@code answer} is null
   */
  static Value of(Answer answer) {
    return answer == Answer.YES ? AnswerValue.YES : AnswerValue.NO;
  }

  /**
   * A date.
   *
   * @param date the date
   * @return the value
   * @throws NullPointerException if {@code date} is null
   */
  static Value of(LocalDate date) {
    return new DateValue(date);
  }

  /**
   * A set of codes, in the order given, without repeats.
   *
   * @param codes the codes
   * @return the value
   * @throws NullPointerException if a code is null
   */
  static Value codes(String... codes) {
    return new CodesValue(List.of(codes));
  }

  /**
   * A set of codes, in iteration order, without repeats.
   *
   * @param codes the codes
   * @return the value
   * @throws NullPointerException if a code is null
   */
  static Value codes(Collection<String> codes) {
    return new CodesValue(List.copyOf(codes));
  }

  /**
   * The kind of value, in words: {@code "an integer"}, {@code "a text"}.
   *
   * @return the words
   */
  String kindWords();

  /**
   * The number as a decimal: an integer or a decimal gives itself, any other value nothing.
   * This is how a decimal field reads an integer literal.
   *
   * <pre>{@code
   * Value.of(5).decimal();   // Optional[5]
   * Value.of("5").decimal(); // Optional.empty
   * }</pre>
   *
   * @return the decimal view, if this value is a number
   */
  default Optional<BigDecimal> decimal() {
    return Optional.empty();
  }

  /**
   * The value's position on its field's ordered line of whole numbers: an integer is itself, a
   * date its epoch day, a flag or an answer 0 (false, NO) or 1 (true, YES). Texts, codes and
   * decimals have none. Evaluation and analysis compare these keys, never the values.
   *
   * <pre>{@code
   * Value.of(LocalDate.of(1970, 1, 2)).orderingKey(); // OptionalLong[1]
   * Value.of(Answer.YES).orderingKey();              // OptionalLong[1]
   * }</pre>
   *
   * @return the ordering key, if this kind of value has one
   */
  default OptionalLong orderingKey() {
    return OptionalLong.empty();
  }

  /**
   * Calls the visitor's method for this kind of value. Every dispatch on the kind of a value
   * goes through here, so adding a kind is a compile error at every place that must handle it.
   *
   * <pre>{@code
   * String json = value.accept(new JsonLiteral());
   * }</pre>
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor's method returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of value; {@link Value#accept} calls the one that matches.
   *
   * <pre>{@code
   * final class JsonLiteral implements Value.Visitor<String> {
   *   public String visit(Value.IntegerValue value) { return Long.toString(value.number()); }
   *   // ... one method per kind
   * }
   * }</pre>
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /**
     * Visits a code or a text.
     *
     * @param value the value
     * @return the result
     */
    R visit(TextValue value);

    /**
     * Visits a set of codes.
     *
     * @param value the value
     * @return the result
     */
    R visit(CodesValue value);

    /**
     * Visits an integer.
     *
     * @param value the value
     * @return the result
     */
    R visit(IntegerValue value);

    /**
     * Visits a decimal.
     *
     * @param value the value
     * @return the result
     */
    R visit(DecimalValue value);

    /**
     * Visits a flag.
     *
     * @param value the value
     * @return the result
     */
    R visit(FlagValue value);

    /**
     * Visits an answer.
     *
     * @param value the value
     * @return the result
     */
    R visit(AnswerValue value);

    /**
     * Visits a date.
     *
     * @param value the value
     * @return the result
     */
    R visit(DateValue value);
  }

  /**
   * A code of a choice field, or a text.
   *
   * @param text the code or text
   */
  record TextValue(String text) implements Value {
    /**
     * Checks the text.
     *
     * @param text the code or text
     * @throws NullPointerException if {@code text} is null
     */
    public TextValue {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public String kindWords() {
      return "a text";
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A set of codes of a choices field, in the order given.
   *
   * @param codes the codes, without repeats
   */
  record CodesValue(List<String> codes) implements Value {
    /**
     * Copies the codes and drops repeats.
     *
     * @param codes the codes, without repeats
     * @throws NullPointerException if a code is null
     */
    public CodesValue {
      codes = List.copyOf(new LinkedHashSet<>(codes));
    }

    /**
     * The codes as a set.
     *
     * @return the codes, in order
     */
    public Set<String> asSet() {
      return new LinkedHashSet<>(codes);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof CodesValue that && asSet().equals(that.asSet());
    }

    @Override
    public int hashCode() {
      return asSet().hashCode();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public String kindWords() {
      return "a set of codes";
    }

    @Override
    public String toString() {
      return "{" + String.join(", ", codes) + "}";
    }
  }

  /**
   * An integer.
   *
   * @param number the number
   */
  record IntegerValue(long number) implements Value {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Optional<BigDecimal> decimal() {
      return Optional.of(BigDecimal.valueOf(number));
    }

    @Override
    public OptionalLong orderingKey() {
      return OptionalLong.of(number);
    }

    @Override
    public String kindWords() {
      return "an integer";
    }

    @Override
    public String toString() {
      return Long.toString(number);
    }
  }

  /**
   * A decimal, equal to another by value: 1.0 equals 1.00.
   *
   * @param number the number
   */
  record DecimalValue(BigDecimal number) implements Value {
    /**
     * Checks the number: within {@link Limits#MAX_DECIMAL_DIGITS} written out (a zero written
     * with more fraction digits is kept as plain zero).
     *
     * @param number the number
     * @throws NullPointerException if {@code number} is null
     * @throws IllegalArgumentException if the number has more digits than the limit allows
     */
    public DecimalValue {
      Objects.requireNonNull(number, "number");
      if (number.signum() == 0 && Limits.plainDigits(number) > Limits.MAX_DECIMAL_DIGITS) {
        number = BigDecimal.ZERO;
      }
      Limits.decimalProblem(number).ifPresent(problem -> {
        throw new IllegalArgumentException(problem);
      });
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof DecimalValue that && number.compareTo(that.number) == 0;
    }

    @Override
    public int hashCode() {
      return number.signum() == 0 ? 0 : number.stripTrailingZeros().hashCode();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Optional<BigDecimal> decimal() {
      return Optional.of(number);
    }

    @Override
    public String kindWords() {
      return "a decimal";
    }

    @Override
    public String toString() {
      return number.toPlainString();
    }
  }

  /**
   * A flag.
   *
   * @param flag the flag
   */
  record FlagValue(boolean flag) implements Value {
    static final FlagValue TRUE = new FlagValue(true);
    static final FlagValue FALSE = new FlagValue(false);

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public OptionalLong orderingKey() {
      return OptionalLong.of(flag ? 1 : 0);
    }

    @Override
    public String kindWords() {
      return "a flag";
    }

    @Override
    public String toString() {
      return flag ? "true" : "false";
    }
  }

  /**
   * A scripted answer.
   *
   * @param answer the answer
   */
  record AnswerValue(Answer answer) implements Value {
    static final AnswerValue YES = new AnswerValue(Answer.YES);
    static final AnswerValue NO = new AnswerValue(Answer.NO);

    /**
     * Checks the answer.
     *
     * @param answer the answer
     * @throws NullPointerException if {@code answer} is null
     */
    public AnswerValue {
      Objects.requireNonNull(answer, "answer");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public OptionalLong orderingKey() {
      return OptionalLong.of(answer == Answer.YES ? 1 : 0);
    }

    @Override
    public String kindWords() {
      return "an answer";
    }

    @Override
    public String toString() {
      return answer.name();
    }
  }

  /**
   * A date.
   *
   * @param date the date
   */
  record DateValue(LocalDate date) implements Value {
    /**
     * Checks the date.
     *
     * @param date the date
     * @throws NullPointerException if {@code date} is null
     */
    public DateValue {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public OptionalLong orderingKey() {
      return OptionalLong.of(date.toEpochDay());
    }

    @Override
    public String kindWords() {
      return "a date";
    }

    @Override
    public String toString() {
      return date.toString();
    }
  }
}
