package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldKindTest {
  @Test
  void integers_are_digits_with_an_optional_minus_within_a_long() {
    assertThat(FieldKind.INTEGER.parse("120")).contains(Value.of(120));
    assertThat(FieldKind.INTEGER.parse("-7")).contains(Value.of(-7));
    assertThat(FieldKind.INTEGER.parse("9223372036854775807")).contains(Value.of(Long.MAX_VALUE));
    assertThat(FieldKind.INTEGER.parse("-9223372036854775808")).contains(Value.of(Long.MIN_VALUE));
    assertThat(FieldKind.INTEGER.parse("9223372036854775808")).isEmpty();
    assertThat(FieldKind.INTEGER.parse("1.5")).isEmpty();
    assertThat(FieldKind.INTEGER.parse("+3")).isEmpty();
    assertThat(FieldKind.INTEGER.parse("")).isEmpty();
    assertThat(FieldKind.INTEGER.parse("-")).isEmpty();
    assertThat(FieldKind.INTEGER.parse(" 3")).isEmpty();
  }

  @Test
  void decimals_are_plain_with_no_exponent_so_no_spelling_can_cost_memory() {
    assertThat(FieldKind.DECIMAL.parse("2.5")).contains(Value.of(new BigDecimal("2.5")));
    assertThat(FieldKind.DECIMAL.parse("-1")).contains(Value.of(new BigDecimal("-1")));
    assertThat(FieldKind.DECIMAL.parse("10.00")).contains(Value.of(new BigDecimal("10")));
    assertThat(FieldKind.DECIMAL.parse("1e-999999999")).isEmpty();
    assertThat(FieldKind.DECIMAL.parse(".5")).isEmpty();
    assertThat(FieldKind.DECIMAL.parse("5.")).isEmpty();
    assertThat(FieldKind.DECIMAL.parse("1,5")).isEmpty();
    assertThat(FieldKind.DECIMAL.parse("1." + "0".repeat(Limits.MAX_DECIMAL_DIGITS - 1))).isPresent();
    assertThat(FieldKind.DECIMAL.parse("1".repeat(Limits.MAX_DECIMAL_DIGITS + 1))).isEmpty();
    assertThat(FieldKind.DECIMAL.parse("1." + "0".repeat(Limits.MAX_DECIMAL_DIGITS))).as("over the digit limit").isEmpty();
  }

  @Test
  void flags_read_true_false_yes_and_no_in_any_case_and_answers_yes_and_no() {
    assertThat(FieldKind.FLAG.parse("Yes")).contains(Value.of(true));
    assertThat(FieldKind.FLAG.parse("TRUE")).contains(Value.of(true));
    assertThat(FieldKind.FLAG.parse("no")).contains(Value.of(false));
    assertThat(FieldKind.FLAG.parse("1")).isEmpty();
    assertThat(FieldKind.ANSWER.parse("yes")).contains(Value.of(Answer.YES));
    assertThat(FieldKind.ANSWER.parse("NO")).contains(Value.of(Answer.NO));
    assertThat(FieldKind.ANSWER.parse("true")).isEmpty();
  }

  @Test
  void dates_are_iso_days_that_exist() {
    assertThat(FieldKind.DATE.parse("2026-03-02")).contains(Value.of(LocalDate.of(2026, 3, 2)));
    assertThat(FieldKind.DATE.parse("2026-02-30")).isEmpty();
    assertThat(FieldKind.DATE.parse("2026-3-2")).isEmpty();
    assertThat(FieldKind.DATE.parse("02.03.2026")).isEmpty();
  }

  @Test
  void codes_are_read_as_written_and_a_set_of_codes_is_split_at_bars() {
    assertThat(FieldKind.CHOICE.parse("RETAIL")).contains(Value.of("RETAIL"));
    assertThat(FieldKind.CHOICES.parse("VOLVO|SCANIA|VOLVO")).contains(Value.codes("VOLVO", "SCANIA"));
    assertThat(FieldKind.TEXT.parse(" as written ")).contains(Value.of(" as written "));
  }

  @Test
  void a_decimal_field_admits_an_integer_but_an_integer_field_no_decimal() {
    assertThat(FieldKind.DECIMAL.admits(Value.of(3))).isTrue();
    assertThat(FieldKind.INTEGER.admits(Value.of(new BigDecimal("6.5")))).isFalse();
    assertThat(FieldKind.CHOICE.admits(Value.of("RETAIL"))).isTrue();
    assertThat(FieldKind.CHOICES.admits(Value.of("RETAIL"))).isFalse();
    assertThat(FieldKind.FLAG.admits(Value.of(Answer.YES))).isFalse();
  }

  @Test
  void every_value_a_kind_parses_it_admits() {
    String[] samples = {"120", "-7", "2.5", "yes", "NO", "true", "2026-03-02", "A|B", "RETAIL", ""};
    for (FieldKind kind : FieldKind.values()) {
      for (String sample : samples) {
        kind.parse(sample).ifPresent(value -> assertThat(kind.admits(value)).as(kind + " " + sample).isTrue());
      }
    }
  }
}
