package dev.leadspec.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The one limit policy of lead-spec, stated once: how large a number, a string, a contract and a
 * record may be. The readers refuse input beyond these bounds (JSON through
 * {@code dev.leadspec.json.JsonLimits}, whose defaults are these values), and building a
 * contract refuses one that, written out, the readers would refuse: so every document lead-spec
 * writes, it reads back.
 *
 * <table>
 *   <caption>The limits and why</caption>
 *   <tr><th>limit</th><th>value</th><th>why</th></tr>
 *   <tr><td>{@link #MAX_DECIMAL_DIGITS}</td><td>60</td><td>a decimal's plain form fits the 64-character number length</td></tr>
 *   <tr><td>{@link #MAX_NUMBER_LENGTH}</td><td>64</td><td>any long, and any decimal of 60 digits with sign and point</td></tr>
 *   <tr><td>{@link #MAX_STRING_LENGTH}</td><td>65 536</td><td>a long title, question or free text</td></tr>
 *   <tr><td>{@link #MAX_NAME_LENGTH}</td><td>256</td><td>field names, which leads write as property names</td></tr>
 *   <tr><td>{@link #MAX_NESTING_DEPTH}</td><td>64</td><td>JSON nesting: a contract's conditions nested {@link #MAX_CONDITION_DEPTH} deep</td></tr>
 *   <tr><td>{@link #MAX_CONDITION_DEPTH}</td><td>24</td><td>conditions in conditions; written out, within the nesting depth</td></tr>
 *   <tr><td>{@link #MAX_DOCUMENT_BYTES}</td><td>4 MiB</td><td>a contract with thousands of criteria, or one record of a stream</td></tr>
 *   <tr><td>{@link #MAX_TOKEN_COUNT}</td><td>500 000</td><td>the tokens of such a document</td></tr>
 *   <tr><td>{@link #MAX_CRITERIA}</td><td>2 000</td><td>every verdict lists every criterion: its line must stay one record</td></tr>
 *   <tr><td>{@link #MAX_ROWS}</td><td>5 000</td><td>rows of one table, e.g. a price per region and tier</td></tr>
 *   <tr><td>{@link #MAX_CODES}</td><td>10 000</td><td>codes of one field or condition, e.g. every postcode of a region</td></tr>
 * </table>
 *
 * <pre>{@code
 * Limits.decimal("1e-999999999");   // IllegalArgumentException: the decimal has 1000000000 digits ...
 * Limits.decimalProblem(new BigDecimal("12.50")); // Optional.empty()
 * }</pre>
 */
public final class Limits {
  /** The most digits of a decimal written in plain form (integer and fraction digits). */
  public static final int MAX_DECIMAL_DIGITS = 60;
  /** The longest number, in characters, as read. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The longest string, in characters. */
  public static final int MAX_STRING_LENGTH = 65_536;
  /** The longest property name (a field name in a lead), in characters. */
  public static final int MAX_NAME_LENGTH = 256;
  /** How deeply JSON arrays and objects may nest. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** How deeply a contract's conditions may nest ({@code all} within {@code any} within ...). */
  public static final int MAX_CONDITION_DEPTH = 24;
  /** The largest document, or record of a JSONL stream, in bytes: 4 MiB. */
  public static final long MAX_DOCUMENT_BYTES = 4L << 20;
  /** The most tokens in one document. */
  public static final long MAX_TOKEN_COUNT = 500_000;
  /** The most criteria of one contract. */
  public static final int MAX_CRITERIA = 2_000;
  /** The most rows of one table. */
  public static final int MAX_ROWS = 5_000;
  /** The most codes of one field, or of one condition. */
  public static final int MAX_CODES = 10_000;

  /** Exponents longer than this are refused before the number is built, whatever the rest. */
  private static final int EXPONENT_DIGITS = 9;

  private Limits() {}

  /**
   * How many digits the decimal has in plain form, integer digits and fraction digits, computed
   * from its precision and scale without writing it out: {@code 1e-9} has 10 ({@code 0.000000001}).
   *
   * <pre>{@code
   * Limits.plainDigits(new BigDecimal("12.50")); // 4
   * }</pre>
   *
   * @param number the decimal
   * @return the number of digits
   */
  public static long plainDigits(BigDecimal number) {
    long precision = number.precision();
    long scale = number.scale();
    long integerDigits = Math.max(precision - scale, 1);
    return integerDigits + Math.max(scale, 0);
  }

  /**
   * What is wrong with the decimal's size, or empty when it is within {@link #MAX_DECIMAL_DIGITS}
   * once its trailing zeros are dropped (as it is written).
   *
   * <pre>{@code
   * Limits.decimalProblem(new BigDecimal("1e-70")); // Optional["the decimal 1E-70 has 71 digits ..."]
   * }</pre>
   *
   * @param number the decimal
   * @return the problem, as a lower-case fragment naming the limit
   */
  public static Optional<String> decimalProblem(BigDecimal number) {
    Objects.requireNonNull(number, "number");
    if (number.signum() == 0) {
      return Optional.empty();
    }
    long digits = plainDigits(number);
    if (digits > MAX_DECIMAL_DIGITS) {
      long stripped = plainDigits(number.stripTrailingZeros());
      if (stripped > MAX_DECIMAL_DIGITS) {
        return Optional.of("decimal digits limit exceeded: the decimal " + abbreviated(number.toString()) + " has " + stripped
            + " digits written out, more than the maximum allowed (" + MAX_DECIMAL_DIGITS + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a decimal from its text (a JSON number or a plain decimal: sign, digits, fraction,
   * exponent), refusing by size before building it: an exponent of more than nine digits, or a
   * value of more than {@link #MAX_DECIMAL_DIGITS} digits written out, is an error naming the
   * limit, never an {@code OutOfMemoryError} or a {@code NumberFormatException}.
   *
   * <pre>{@code
   * Limits.decimal("1.5e3");       // 1.5E+3
   * Limits.decimal("1e9999999999"); // IllegalArgumentException: decimal digits limit exceeded ...
   * }</pre>
   *
   * @param text the number as written
   * @return the decimal
   * @throws IllegalArgumentException if the text is not a decimal or exceeds the limit
   */
  public static BigDecimal decimal(String text) {
    Objects.requireNonNull(text, "text");
    int exponent = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (exponent >= 0) {
      int digits = text.length() - exponent - 1;
      if (digits > 0 && (text.charAt(exponent + 1) == '-' || text.charAt(exponent + 1) == '+')) {
        digits--;
      }
      if (digits > EXPONENT_DIGITS && !zeroMantissa(text, exponent)) {
        throw new IllegalArgumentException("decimal digits limit exceeded: the decimal " + abbreviated(text)
            + " has an exponent of " + digits + " digits, more than its " + MAX_DECIMAL_DIGITS
            + " digits allowed written out");
      }
      if (digits > EXPONENT_DIGITS) {
        // zero, whatever the exponent
        return BigDecimal.ZERO;
      }
    }
    if (text.length() > 4 * MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException("number length limit exceeded: the number " + abbreviated(text)
          + " is " + text.length() + " characters long");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("\"" + abbreviated(text) + "\" is not a decimal", e);
    }
    if (number.signum() == 0 && plainDigits(number) > MAX_DECIMAL_DIGITS) {
      return BigDecimal.ZERO;
    }
    Optional<String> problem = decimalProblem(number);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return number;
  }

  private static boolean zeroMantissa(String text, int exponent) {
    for (int i = 0; i < exponent; i++) {
      char c = text.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 20) + "..." + text.substring(text.length() - 10);
  }
}
