package dev.leadspec.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of fact a field holds, and the one rule by which a written value becomes a fact of
 * that kind. Every reader (JSON leads, CSV records, mappings) types text with {@link #parse} and
 * checks a typed value with {@link #admits}; the accepted spellings are these, and only these:
 *
 * <table>
 * <caption>Accepted spellings per kind</caption>
 * <tr><th>kind</th><th>text accepted</th><th>JSON value accepted</th><th>fact</th></tr>
 * <tr><td>{@code INTEGER}</td><td>{@code -?[0-9]+} within a {@code long}: {@code 42}, {@code -7}</td>
 *     <td>an integer number, or such a string</td><td>an integer</td></tr>
 * <tr><td>{@code DECIMAL}</td><td>{@code -?[0-9]+(.[0-9]+)?}: {@code 2.5}, {@code -1}, {@code 10.00}
 *     (no exponent, no {@code +}, no leading {@code .}; at most {@link Limits#MAX_DECIMAL_DIGITS} digits)</td>
 *     <td>any number, or such a string</td><td>a decimal (an integer when written as one)</td></tr>
 * <tr><td>{@code FLAG}</td><td>{@code true}, {@code false}, {@code yes}, {@code no}, any case</td>
 *     <td>{@code true}, {@code false}, or such a string</td><td>a flag</td></tr>
 * <tr><td>{@code ANSWER}</td><td>{@code YES}, {@code NO}, any case</td>
 *     <td>such a string</td><td>an answer</td></tr>
 * <tr><td>{@code DATE}</td><td>an ISO date {@code YYYY-MM-DD} that exists: {@code 2026-03-02}</td>
 *     <td>such a string</td><td>a date</td></tr>
 * <tr><td>{@code CHOICE}</td><td>the code, exactly as declared</td><td>a string</td><td>a code</td></tr>
 * <tr><td>{@code CHOICES}</td><td>codes separated by {@code |}: {@code VOLVO|SCANIA}</td>
 *     <td>an array of strings, or such a string</td><td>a set of codes</td></tr>
 * <tr><td>{@code TEXT}</td><td>any text</td><td>a string</td><td>a text</td></tr>
 * </table>
 *
 * <p>Whether a code is one the field declares is checked when the lead is evaluated, as is
 * the kind of a value that does not fit (a reader keeps it as written, so that the error names
 * it). Mappings ({@link LeadMapping}) add trimming, case folding and aliases before this rule.
 *
 * <pre>{@code
 * Field.builder().name("employees").kind(FieldKind.INTEGER).build();
 * FieldKind.FLAG.parse("Yes");          // Optional[true]
 * FieldKind.DATE.parse("2026-02-30");   // Optional.empty: no such day
 * FieldKind.DECIMAL.admits(Value.of(3)); // true: an integer is a decimal
 * }</pre>
 */
public enum FieldKind {
  /** One code of a closed set. */
  CHOICE("a choice"),
  /** A set of codes of a closed set (at most 64 codes). */
  CHOICES("a set of choices"),
  /** A whole number ({@code long}). */
  INTEGER("an integer"),
  /** A decimal number, compared by value: 1.0 equals 1.00. */
  DECIMAL("a decimal"),
  /** True or false. */
  FLAG("a flag"),
  /** The answer to a scripted question asked in the call: YES or NO. */
  ANSWER("an answer"),
  /** An ISO local date. */
  DATE("a date"),
  /** Free text. */
  TEXT("a text");

  /** The digits of the longest {@code long}, {@value}. */
  private static final int LONG_DIGITS = 19;

  private final String words;

  FieldKind(String words) {
    this.words = words;
  }

  /**
   * The kind in words, with its article: {@code "an integer"}.
   *
   * @return the words
   */
  public String words() {
    return words;
  }

  /**
   * What a text field of this kind accepts, in words, for messages: {@code "an ISO date such as
   * 2026-03-02"}.
   *
   * <pre>{@code
   * FieldKind.FLAG.spellings(); // "true, false, yes or no (any case)"
   * }</pre>
   *
   * @return the accepted spellings in words
   */
  public String spellings() {
    switch (this) {
      case INTEGER: return "an integer";
      case DECIMAL: return "a decimal";
      case FLAG: return "true, false, yes or no (any case)";
      case ANSWER: return "YES or NO (any case)";
      case DATE: return "an ISO date such as 2026-03-02";
      case CHOICES: return "codes separated by |";
      case CHOICE: return "a code";
      default: return "a text";
    }
  }

  /**
   * Types a written value as a fact of this kind, by the table above; empty when the text is not
   * a spelling of this kind (a reader then keeps the text, and evaluation reports it).
   *
   * <pre>{@code
   * FieldKind.INTEGER.parse("120");  // Optional[120]
   * FieldKind.INTEGER.parse("1.5");  // Optional.empty
   * FieldKind.CHOICES.parse("A|B");  // Optional[[A, B]]
   * }</pre>
   *
   * @param text the value as written
   * @return the fact, or empty
   * @throws NullPointerException if {@code text} is null
   */
  public Optional<Value> parse(String text) {
    return Optional.ofNullable(read(Objects.requireNonNull(text, "text")));
  }

  /** {@link #parse}, null when the text is not a spelling of this kind; for readers on a hot path. */
  Value read(String text) {
    switch (this) {
      case INTEGER:
        return integer(text) ? integerValue(text) : null;
      case DECIMAL:
        return decimal(text) ? Value.of(new BigDecimal(text)) : null;
      case FLAG:
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) {
          return Value.of(true);
        }
        return text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no") ? Value.of(false) : null;
      case ANSWER:
        if (text.equalsIgnoreCase("YES")) {
          return Value.of(Answer.YES);
        }
        return text.equalsIgnoreCase("NO") ? Value.of(Answer.NO) : null;
      case DATE:
        return date(text);
      case CHOICES:
        return Value.codes(split(text));
      default:
        return Value.of(text);
    }
  }

  /**
   * Whether a typed value is a fact of this kind: an integer for an integer field, an integer or
   * a decimal for a decimal field, a code for a choice, a set of codes for choices, and so on.
   * Whether a code is one the field declares is the field's question, not the kind's.
   *
   * <pre>{@code
   * FieldKind.INTEGER.admits(Value.of(new BigDecimal("6.5"))); // false
   * FieldKind.CHOICE.admits(Value.of("RETAIL"));              // true
   * }</pre>
   *
   * @param value the value
   * @return whether it fits
   * @throws NullPointerException if {@code value} is null
   */
  public boolean admits(Value value) {
    FieldKind natural = Objects.requireNonNull(value, "value").accept(NaturalKind.INSTANCE);
    switch (this) {
      case DECIMAL: return natural == DECIMAL || natural == INTEGER;
      case CHOICE: return natural == TEXT;
      default: return natural == this;
    }
  }

  /** The kind whose facts a value naturally is: a code or a text is a text, an integer an integer. */
  private static final class NaturalKind implements Value.Visitor<FieldKind> {
    static final NaturalKind INSTANCE = new NaturalKind();

    @Override
    public FieldKind visit(Value.TextValue value) {
      return TEXT;
    }

    @Override
    public FieldKind visit(Value.CodesValue value) {
      return CHOICES;
    }

    @Override
    public FieldKind visit(Value.IntegerValue value) {
      return INTEGER;
    }

    @Override
    public FieldKind visit(Value.DecimalValue value) {
      return DECIMAL;
    }

    @Override
    public FieldKind visit(Value.FlagValue value) {
      return FLAG;
    }

    @Override
    public FieldKind visit(Value.AnswerValue value) {
      return ANSWER;
    }

    @Override
    public FieldKind visit(Value.DateValue value) {
      return DATE;
    }
  }

  /** Whether the text is {@code -?[0-9]+} within a {@code long}. */
  static boolean integer(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int digits = text.length() - start;
    if (digits < 1 || digits > LONG_DIGITS || !digits(text, start, text.length())) {
      return false;
    }
    if (digits < LONG_DIGITS) {
      return true;
    }
    String magnitude = text.substring(start);
    return magnitude.compareTo(start == 1 ? "9223372036854775808" : "9223372036854775807") <= 0;
  }

  private static Value integerValue(String text) {
    return Value.of(Long.parseLong(text));
  }

  /**
   * Whether the text is {@code -?[0-9]+(.[0-9]+)?} of at most {@link Limits#MAX_DECIMAL_DIGITS}
   * digits, so that every decimal read is one the writers can write and the readers read back.
   */
  static boolean decimal(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int point = text.indexOf('.');
    if (text.length() - start - (point < 0 ? 0 : 1) > Limits.MAX_DECIMAL_DIGITS) {
      return false;
    }
    if (point < 0) {
      return text.length() > start && digits(text, start, text.length());
    }
    return point > start && point < text.length() - 1 && digits(text, start, point)
        && digits(text, point + 1, text.length());
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Value date(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || !digits(text, 0, 4)
        || !digits(text, 5, 7) || !digits(text, 8, 10)) {
      return null;
    }
    try {
      return Value.of(LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static List<String> split(String text) {
    List<String> codes = new ArrayList<>(4);
    int from = 0;
    for (int bar = text.indexOf('|'); bar >= 0; bar = text.indexOf('|', from)) {
      codes.add(text.substring(from, bar));
      from = bar + 1;
    }
    codes.add(text.substring(from));
    return codes;
  }
}
