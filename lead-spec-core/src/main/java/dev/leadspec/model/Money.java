package dev.leadspec.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one ISO 4217 currency. Arithmetic is exact; rounding happens only
 * when asked, to the currency's minor unit, HALF_EVEN unless another mode is given. Amounts of
 * different currencies are never added. Never negative: a price, a price-table amount or an
 * amount due is zero or more. Equal by value: 500 RUB equals 500.00 RUB.
 *
 * <pre>{@code
 * Money deposit = Money.of("340000", "RUB").times(new BigDecimal("0.10")); // 34000.00 RUB
 * deposit.plus(Money.of("250", "RUB"));                                   // 34250.00 RUB
 * }</pre>
 */
public final class Money implements Output {
  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("money amount " + plain(amount) + " " + currency.getCurrencyCode()
          + " is negative; an amount of money is never negative");
    }
  }

  /**
   * An amount in a currency.
   *
   * @param amount the exact amount
   * @param currency the currency
   * @return the money
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * An amount in a currency, both as text: {@code Money.of("250.50", "RUB")}.
   *
   * @param amount the exact amount, a plain decimal
   * @param currencyCode an ISO 4217 code
   * @return the money
   * @throws IllegalArgumentException if the amount is not a decimal within {@link Limits#MAX_DECIMAL_DIGITS},
   *     is negative, or the code is not ISO 4217
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    BigDecimal value;
    try {
      value = Limits.decimal(amount);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("money amount " + e.getMessage(), e);
    }
    return new Money(value, currency(currencyCode));
  }

  /**
   * Zero in a currency.
   *
   * @param currencyCode an ISO 4217 code
   * @return zero
   * @throws IllegalArgumentException if the code is not ISO 4217
   */
  public static Money zero(String currencyCode) {
    return new Money(BigDecimal.ZERO, currency(currencyCode));
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency \"" + code + "\" is not an ISO 4217 code", e);
    }
  }

  /**
   * The exact amount.
   *
   * @return the amount
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * The exact sum.
   *
   * @param other an amount in the same currency
   * @return this plus other
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    sameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * The exact difference.
   *
   * @param other an amount in the same currency
   * @return this minus other
   * @throws IllegalArgumentException if the currencies differ or other is the larger
   */
  public Money minus(Money other) {
    sameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * The exact product with a factor, such as a commission share or a count.
   *
   * @param factor the factor
   * @return this times factor, unrounded
   * @throws IllegalArgumentException if the factor is negative
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
  }

  /**
   * The exact product with a count.
   *
   * @param count the count
   * @return this times count
   * @throws IllegalArgumentException if the count is negative
   */
  public Money times(long count) {
    return new Money(amount.multiply(BigDecimal.valueOf(count)), currency);
  }

  /**
   * Rounded to the currency's minor unit, HALF_EVEN.
   *
   * @return the rounded amount
   */
  public Money rounded() {
    return rounded(RoundingMode.HALF_EVEN);
  }

  /**
   * Rounded to the currency's minor unit with the given mode.
   *
   * @param mode the rounding mode the contract states
   * @return the rounded amount
   */
  public Money rounded(RoundingMode mode) {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return new Money(amount.setScale(digits, Objects.requireNonNull(mode, "mode")), currency);
  }

  private void sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot combine " + this + " with " + other + ": currencies differ");
    }
  }

  /** Equal by value and currency: 500 RUB equals 500.00 RUB. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Money that && currency.equals(that.currency) && amount.compareTo(that.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
  }

  /** The plain amount and the currency code: {@code 34000.00 RUB}. */
  @Override
  public String toString() {
    return plain(amount) + " " + currency.getCurrencyCode();
  }

  /** The plain amount, or its scientific form when written out it would exceed the decimal limit. */
  private static String plain(BigDecimal amount) {
    return Limits.plainDigits(amount) <= Limits.MAX_DECIMAL_DIGITS ? amount.toPlainString() : amount.toString();
  }
}
