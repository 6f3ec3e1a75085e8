package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GuaranteeDepositTest {

  @Test
  void the_largest_deal_of_340000_rub_at_a_10_percent_commission_needs_a_34000_rub_deposit() {
    Money deposit = GuaranteeDeposit.of(Money.of("340000", "RUB"), new BigDecimal("0.10"));
    assertThat(deposit).isEqualTo(Money.of("34000", "RUB"));
    assertThat(deposit.toString()).isEqualTo("34000.00 RUB");
  }

  @Test
  void a_share_that_does_not_divide_evenly_is_rounded_to_kopecks_half_even_only_at_the_end() {
    assertThat(GuaranteeDeposit.of(Money.of("1000.05", "RUB"), new BigDecimal("0.10")).toString()).isEqualTo("100.00 RUB");
    assertThat(GuaranteeDeposit.of(Money.of("1000.15", "RUB"), new BigDecimal("0.10")).toString()).isEqualTo("100.02 RUB");
  }

  @Test
  void a_commission_share_above_one_is_rejected() {
    assertThatThrownBy(() -> GuaranteeDeposit.of(Money.of("1", "RUB"), new BigDecimal("10")))
        .hasMessage("commission share 10 is not between 0 and 1");
  }
}
