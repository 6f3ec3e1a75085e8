package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueTest {

  @Test
  void decimals_are_equal_by_value_so_1_0_equals_1_00() {
    assertThat(Value.of(new BigDecimal("1.0"))).isEqualTo(Value.of(new BigDecimal("1.00")));
    assertThat(Value.of(new BigDecimal("1.0"))).hasSameHashCodeAs(Value.of(new BigDecimal("1.00")));
    assertThat(Value.of(new BigDecimal("0.0"))).hasSameHashCodeAs(Value.of(BigDecimal.ZERO));
    assertThat(Value.of(new BigDecimal("1.0"))).isNotEqualTo(Value.of(new BigDecimal("1.01")));
  }

  @Test
  void a_set_of_codes_ignores_order_and_repeats() {
    assertThat(Value.codes("VOLVO", "MAN", "VOLVO")).isEqualTo(Value.codes("MAN", "VOLVO"));
    assertThat(Value.codes("VOLVO", "MAN").toString()).isEqualTo("{VOLVO, MAN}");
  }

  @Test
  void decimals_print_plainly_never_in_scientific_notation() {
    assertThat(Value.of(new BigDecimal("1E+3")).toString()).isEqualTo("1000");
  }

  @Test
  void conditions_read_as_the_contract_reads() {
    Condition size = new Condition.Between("employees", Value.of(50), Value.of(5000), true, true);
    Condition half = new Condition.Between("score", Value.of(0), Value.of(7), true, false);
    assertThat(size).hasToString("employees between 50 and 5000 inclusive");
    assertThat(half).hasToString("score between 0 inclusive and 7 exclusive");
    assertThat(Condition.atLeast(1, size, Condition.not(new Condition.Known("x", true))))
        .hasToString("at least 1 of [employees between 50 and 5000 inclusive; not (x is known)]");
    assertThat(Condition.all(size, half).fields()).containsExactly("employees", "score");
  }
}
