package dev.leadspec.internal;

import java.math.BigDecimal;

/**
 * Internal, not an API: the rules every canonical JSON form of lead-spec shares (the contract's
 * fingerprint in core, contract and verdict documents in lead-spec-json), declared once.
 *
 * <pre>{@code
 * Canonical.decimal(new BigDecimal("1.50")); // "1.5"
 * }</pre>
 */
public final class Canonical {
  /** The {@code format} of contract documents. */
  public static final String CONTRACT_FORMAT = "lead-spec.contract/1";

  /**
   * The largest integer written as a JSON number (2<sup>53</sup>−1, as I-JSON of RFC 7493, which
   * RFC 8785 assumes); a larger magnitude is written as a string of its digits.
   */
  public static final long SAFE_INTEGER = (1L << 53) - 1;

  private Canonical() {}

  /**
   * Whether an integer is written as a JSON number rather than a string.
   *
   * @param number the integer
   * @return whether its magnitude is at most {@link #SAFE_INTEGER}
   */
  public static boolean safe(long number) {
    return Math.abs(number) <= SAFE_INTEGER && number != Long.MIN_VALUE;
  }

  /**
   * The canonical text of a decimal: no exponent, no trailing zeros, {@code 0} for any zero;
   * {@code 1.50} and {@code 1.5} both give {@code 1.5}.
   *
   * @param number the decimal
   * @return its canonical text
   */
  public static String decimal(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }
}
