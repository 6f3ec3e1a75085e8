package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeyRangeTest {

  @Test
  void an_exclusive_range_of_employees_moves_both_ends_inward() {
    // given
    Condition.Between range = new Condition.Between("employees", Value.of(50), Value.of(500), false, false);
    // when
    KeyRange keys = range.keyRange().orElseThrow();
    // then
    assertThat(keys).isEqualTo(new KeyRange(51, 499));
    assertThat(keys.contains(50)).isFalse();
    assertThat(keys.contains(51)).isTrue();
  }

  @Test
  void a_range_of_dates_is_a_range_of_epoch_days() {
    Condition.Between range = new Condition.Between("delivered", Value.of(LocalDate.of(1970, 1, 2)), Value.of(LocalDate.of(1970, 1, 5)), true, true);
    assertThat(range.keyRange()).contains(new KeyRange(1, 4));
  }

  @Test
  void comparisons_at_the_ends_of_the_long_line_select_nothing_instead_of_overflowing() {
    assertThat(KeyRange.of(Operator.LT, Long.MIN_VALUE).isEmpty()).isTrue();
    assertThat(KeyRange.of(Operator.GT, Long.MAX_VALUE).isEmpty()).isTrue();
    assertThat(KeyRange.of(Long.MAX_VALUE, false, Long.MAX_VALUE, true).isEmpty()).isTrue();
    assertThat(KeyRange.of(Operator.GE, 7)).isEqualTo(new KeyRange(7, Long.MAX_VALUE));
  }

  @Test
  void a_decimal_range_has_no_key_range_but_a_decimal_view() {
    Condition.Between range = new Condition.Between("budget", Value.of(new BigDecimal("1.5")), Value.of(2), true, true);
    assertThat(range.keyRange()).isEmpty();
    assertThat(range.high().decimal()).contains(BigDecimal.valueOf(2));
    assertThat(Value.of("2").decimal()).isEmpty();
  }

  @Test
  void an_answer_compared_for_equality_selects_its_key() {
    Condition.Compare yes = new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES));
    assertThat(yes.keyRange()).contains(new KeyRange(1, 1));
  }
}
