package dev.leadspec.text;

import dev.leadspec.internal.Plurals;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  private static final Field EMPLOYEES_RU = Field.builder().name("employees").kind(FieldKind.INTEGER).label("Сотрудников").build();

  private static Contract russian() {
    return Contract.builder().id("it-integrator").version(1).title("Лиды на модернизацию").language("ru")
        .effectiveFrom(LocalDate.of(2026, 3, 1)).addFields(EMPLOYEES_RU)
        .addCriteria(Criterion.builder().id("TA-SIZE").title("Размер компании").role(Role.REQUIRED)
            .condition(new Condition.Between("employees", Value.of(50), Value.of(5000), true, true)).build())
        .terms(Terms.builder().challengeWindow(Duration.ofDays(21)).build())
        .build();
  }

  @Test
  void a_range_reads_as_the_contract_says_in_russian_and_english() {
    String ru = Markdown.contract(russian(), Language.RU);
    String en = Markdown.contract(russian(), Language.EN);
    assertThat(ru).contains("**TA-SIZE — Размер компании** (обязательный): Сотрудников: от 50 до 5\u00a0000 включительно.")
        .contains("действует с 01.03.2026 (Z)")
        .contains("- Срок оспаривания: 21 день после передачи лида");
    assertThat(en).contains("Сотрудников: between 50 and 5,000 inclusive.").contains("effective from 2026-03-01 (Z)")
        .contains("- Challenge window: 21 days after delivery");
  }

  /** The flagship's answer fields as they would read with Russian questions (the flagship's fingerprint is pinned). */
  private static Contract upgradeQuestion() {
    Field plans = Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).label("Plans an upgrade")
        .putLabels("ru", "Планирует обновление")
        .question("Do you plan to upgrade your hardware within 12 months?")
        .putQuestions("ru", "Планируете ли вы обновить оборудование в ближайшие 12 месяцев?").build();
    return Contract.builder().id("it-integrator").version(1).title("Hardware upgrade leads").effectiveFrom(LocalDate.of(2026, 3, 1))
        .addFields(plans)
        .addCriteria(Criterion.builder().id("Q-UPGRADE").title("Plans an upgrade").role(Role.REQUIRED)
            .condition(new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES))).build())
        .build();
  }

  @Test
  void a_russian_appendix_asks_the_scripted_question_in_russian_and_an_english_one_in_english() {
    // when
    String ru = Markdown.contract(upgradeQuestion(), Language.RU);
    String en = Markdown.contract(upgradeQuestion(), Language.EN);

    // then
    assertThat(ru).contains("| `plans_upgrade` | Планирует обновление | ответ на вопрос скрипта |  | "
        + "«Планируете ли вы обновить оборудование в ближайшие 12 месяцев?» ДА / НЕТ |")
        .doesNotContain("Do you plan");
    assertThat(en).contains("| `plans_upgrade` | Plans an upgrade | answer |  | "
        + "«Do you plan to upgrade your hardware within 12 months?» YES / NO |")
        .doesNotContain("Планируете");
  }

  @Test
  void numbers_are_grouped_by_the_languages_separators_and_never_in_exponent_form() {
    Words en = new Words(Language.EN, name -> EMPLOYEES_RU);
    Words ru = new Words(Language.RU, name -> EMPLOYEES_RU);
    assertThat(en.number(new BigDecimal("5000"))).isEqualTo("5,000");
    assertThat(en.number(new BigDecimal("-1234567.25"))).isEqualTo("-1,234,567.25");
    assertThat(ru.number(new BigDecimal("340000.00"))).isEqualTo("340\u00a0000,00");
    assertThat(ru.number(new BigDecimal("1E+3"))).isEqualTo("1\u00a0000");
    assertThat(en.number(new BigDecimal("999"))).isEqualTo("999");
  }

  @Test
  void russian_plurals_follow_the_last_digits() {
    assertThat(Plurals.russian(1, "день", "дня", "дней")).isEqualTo("день");
    assertThat(Plurals.russian(3, "день", "дня", "дней")).isEqualTo("дня");
    assertThat(Plurals.russian(11, "день", "дня", "дней")).isEqualTo("дней");
    assertThat(Plurals.russian(14, "день", "дня", "дней")).isEqualTo("дней");
    assertThat(Plurals.russian(22, "день", "дня", "дней")).isEqualTo("дня");
    assertThat(Plurals.russian(25, "день", "дня", "дней")).isEqualTo("дней");
  }

  @Test
  void composite_conditions_read_as_nested_phrases() {
    Words en = new Words(Language.EN, name -> EMPLOYEES_RU);
    Condition nested = Condition.atLeast(1, new Condition.Compare("employees", dev.leadspec.model.Operator.LT, Value.of(10)),
        Condition.not(new Condition.Known("employees", true)));
    assertThat(en.condition(nested)).isEqualTo("at least 1 of: (Сотрудников: less than 10); (not: (Сотрудников: is known))");
    assertThat(new Words(Language.RU, name -> EMPLOYEES_RU).condition(
        new Condition.Between("employees", Value.of(0), Value.of(7), true, false)))
        .isEqualTo("Сотрудников: от 0 включительно до 7 не включительно");
  }
}
