package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void the_guarantee_deposit_of_340000_rub_at_10_percent_is_exactly_34000_rub() {
    Money deposit = Money.of("340000", "RUB").times(new BigDecimal("0.10"));
    assertThat(deposit.amount()).isEqualByComparingTo("34000");
    assertThat(deposit.rounded().toString()).isEqualTo("34000.00 RUB");
  }

  @Test
  void amounts_are_equal_by_value_not_scale() {
    assertThat(Money.of("500", "RUB")).isEqualTo(Money.of("500.00", "RUB"));
    assertThat(Money.of("500", "RUB")).hasSameHashCodeAs(Money.of("500.00", "RUB"));
    assertThat(Money.of("500", "RUB")).isNotEqualTo(Money.of("500", "USD"));
  }

  @Test
  void amounts_of_different_currencies_are_never_added() {
    assertThatThrownBy(() -> Money.of("1", "RUB").plus(Money.of("1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot combine 1 RUB with 1 EUR: currencies differ");
  }

  @Test
  void rounding_is_half_even_to_the_minor_unit_unless_another_mode_is_stated() {
    assertThat(Money.of("0.125", "RUB").rounded().amount()).isEqualByComparingTo("0.12");
    assertThat(Money.of("0.135", "RUB").rounded().amount()).isEqualByComparingTo("0.14");
    assertThat(Money.of("0.125", "RUB").rounded(RoundingMode.HALF_UP).amount()).isEqualByComparingTo("0.13");
    assertThat(Money.of("10.5", "JPY").rounded().amount()).isEqualByComparingTo("10");
  }

  @Test
  void arithmetic_is_exact_where_binary_floating_point_is_not() {
    Money sum = Money.of("0.1", "RUB").plus(Money.of("0.2", "RUB"));
    assertThat(sum).isEqualTo(Money.of("0.3", "RUB"));
    assertThat(Money.of("250.50", "RUB").times(3).minus(Money.of("1.50", "RUB"))).isEqualTo(Money.of("750", "RUB"));
  }

  @Test
  void an_unknown_currency_code_or_a_malformed_amount_is_rejected() {
    assertThatThrownBy(() -> Money.of("1", "RUBLE")).hasMessage("currency \"RUBLE\" is not an ISO 4217 code");
    assertThatThrownBy(() -> Money.of("1,5", "RUB")).hasMessage("money amount \"1,5\" is not a decimal");
  }
}
