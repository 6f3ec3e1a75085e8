package dev.leadspec.examples;

import dev.leadspec.model.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The guarantee deposit of seed 004: when the supplier is paid a commission on deals, the buyer
 * deposits the largest deal's value times the commission share, exactly (340 000 RUB × 10 % =
 * 34 000 RUB), rounded to kopecks only at the end.
 *
 * <pre>{@code
 * GuaranteeDeposit.of(Money.of("340000", "RUB"), new BigDecimal("0.10")); // 34000.00 RUB
 * }</pre>
 */
public final class GuaranteeDeposit {
  private GuaranteeDeposit() {}

  /**
   * The deposit for a commission contract.
   *
   * @param largestDeal the largest deal's value
   * @param commissionShare the supplier's share, between 0 and 1: {@code 0.10} for 10 %
   * @return the deposit, rounded to the currency's minor unit, HALF_EVEN
   * @throws IllegalArgumentException if the share is not between 0 and 1
   */
  public static Money of(Money largestDeal, BigDecimal commissionShare) {
    Objects.requireNonNull(largestDeal, "largestDeal");
    Objects.requireNonNull(commissionShare, "commissionShare");
    if (commissionShare.signum() < 0 || commissionShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("commission share " + commissionShare.toPlainString() + " is not between 0 and 1");
    }
    return largestDeal.times(commissionShare).rounded();
  }
}
