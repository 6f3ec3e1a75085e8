package dev.leadspec.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.dispute.Ground;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Lead;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PhrasesTest {

  /** A contract with Russian titles, labels and a unit in both languages. */
  private static Contract bilingual(Table... tables) {
    return Contract.builder().addTables(tables).id("calls").version(1).title("Call leads").putTitles("ru", "Лиды со звонков")
        .effectiveFrom(LocalDate.of(2026, 3, 1))
        .addFields(Field.builder().name("talk").kind(FieldKind.INTEGER).label("Talk time").putLabels("ru", "Время разговора")
            .unit("seconds").putUnits("ru", "с").build())
        .addCriteria(Criterion.builder().id("LONG").title("Long enough").putTitles("ru", "Достаточно долгий").role(Role.REQUIRED)
            .condition(new Condition.Compare("talk", Operator.GE, Value.of(300))).build())
        .terms(Terms.builder().price(Money.of("1500", "INR")).build())
        .build();
  }

  @Test
  void every_phrase_of_the_table_is_written_in_every_language() throws Exception {
    for (Language language : Language.values()) {
      for (Method method : Phrases.class.getMethods()) {
        // given
        Object[] arguments = new Object[method.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
          arguments[i] = sample(method.getParameterTypes()[i], method.getName());
        }
        // when
        Object phrase = method.invoke(language.phrases(), arguments);
        // then
        List<String> texts = new ArrayList<>();
        if (phrase instanceof String[]) {
          texts.addAll(List.of((String[]) phrase));
        } else {
          texts.add(String.valueOf(phrase));
        }
        for (String text : texts) {
          assertThat(text).as(language + " " + method.getName()).isNotBlank();
        }
      }
      for (Ground ground : Ground.values()) {
        assertThat(language.ground(ground)).as(language + " " + ground).isNotBlank().doesNotContain(ground.name());
      }
    }
  }

  @Test
  void the_sentences_both_languages_build_alike_read_word_for_word_as_each_language_writes_them() {
    // given
    Phrases en = Language.EN.phrases();
    Phrases ru = Language.RU.phrases();

    // then
    assertThat(List.of(en.days(1), en.days(21), en.hours(1), en.hours(36), en.answers(), en.not("x"), en.atLeastOf(2),
        en.contractLine("hw", 2, "2026-03-01", "Europe/Moscow"), en.fieldsHead(), en.criteriaHead(), en.completeness(true),
        en.completeness(false), en.rowsHead(), en.price(), en.priceByTable("t"), en.challengeWindow(), en.afterDelivery("10 days"),
        en.leadUnder("L-1", "hw v1"), en.read(), en.matchedRow("SMB"), en.statementTitle(), en.rejectionsHead(),
        en.dayColumn("UTC"), en.amendmentTitle(), en.unknownMet(true), en.unknownMet(false), en.tablePolicy(true, true),
        en.tablePolicy(false, false), en.nowAccepts("v2", "leads", "5 RUB", "v1", "A"), en.nowAccepts("v2", "leads", "", "v1", "A"),
        en.noLongerAccepts("v2", "leads", "A", "v1", "5 RUB"), en.noLongerAccepts("v2", "leads", "A", "v1", ""),
        en.priceInsteadOf("10", "5"), en.insteadOf("SMB", "MID"), en.differently("v2", true, "leads", "c"),
        en.differently("v2", false, "leads", "c"), en.rejectsOtherwise("v2", "leads", "c"), en.example(), en.unknownReason()))
        .containsExactly("1 day", "21 days", "1 hour", "36 hours", "YES / NO", "not: (x)", "at least 2 of: ",
            "Contract `hw`, version 2, effective from 2026-03-01 (Europe/Moscow).",
            "## Fields\n\n| Field | Label | Kind | Unit | Values |\n",
            "## Criteria\n\nA lead counts when every required criterion holds and no disqualifier applies.\n\n",
            "; every accepted lead matches a row.", ".", "| Row | When | Output |\n", "Price: ", "by table `t`", "Challenge window: ",
            "10 days after delivery", "lead L-1 under hw v1", ". Read: ", " (row SMB)", "# Lead statement",
            "## Rejections by criterion\n\n| Criterion | Leads |\n", "Day (UTC)", "# Amendment: ", " (unknown counts as met)",
            " (unknown disqualifies)", "rows must not overlap, complete", "first matching row",
            "v2 also accepts leads, at 5 RUB; v1 rejects them for A", "v2 also accepts leads; v1 rejects them for A",
            "v2 no longer accepts leads; v2 rejects them for A (v1 paid 5 RUB)", "v2 no longer accepts leads; v2 rejects them for A",
            "price 10 instead of 5", "SMB instead of MID", "v2 pays for leads differently: c", "v2 classifies leads differently: c",
            "v2 rejects, for other reasons, leads: c (both cite whichever other criteria fail)", ". Example: ", " (unknown)");
    assertThat(List.of(ru.days(1), ru.days(21), ru.days(5), ru.hours(2), ru.answers(), ru.not("x"), ru.atLeastOf(2),
        ru.contractLine("hw", 2, "01.03.2026", "Europe/Moscow"), ru.fieldsHead(), ru.criteriaHead(), ru.completeness(true),
        ru.rowsHead(), ru.price(), ru.priceByTable("t"), ru.challengeWindow(), ru.afterDelivery("10 дней"),
        ru.leadUnder("L-1", "hw v1"), ru.read(), ru.matchedRow("SMB"), ru.statementTitle(), ru.rejectionsHead(),
        ru.dayColumn("UTC"), ru.amendmentTitle(), ru.unknownMet(true), ru.unknownMet(false), ru.tablePolicy(true, true),
        ru.tablePolicy(false, false), ru.nowAccepts("v2", "лиды", "5 RUB", "v1", "A"),
        ru.noLongerAccepts("v2", "лиды", "A", "v1", "5 RUB"), ru.priceInsteadOf("10", "5"), ru.differently("v2", true, "лиды", "c"),
        ru.differently("v2", false, "лиды", "c"), ru.rejectsOtherwise("v2", "лиды", "c"), ru.example(), ru.unknownReason()))
        .containsExactly("1 день", "21 день", "5 дней", "2 часа", "ДА / НЕТ", "неверно, что (x)", "не менее 2 из условий: ",
            "Договор `hw`, версия 2, действует с 01.03.2026 (Europe/Moscow).",
            "## Поля\n\n| Поле | Название | Тип | Единица | Значения |\n",
            "## Критерии\n\nЛид засчитывается, если выполнены все обязательные критерии и не сработал ни один критерий исключения.\n\n",
            "; каждый засчитанный лид подходит под строку.", "| Строка | Условие | Результат |\n", "Цена: ", "по таблице `t`",
            "Срок оспаривания: ", "10 дней после передачи лида", "лид L-1 по договору hw v1", ". Прочитано: ", " (строка SMB)",
            "# Акт по лидам", "## Отказы по критериям\n\n| Критерий | Лидов |\n", "День (UTC)", "# Поправка: ",
            " (неизвестное засчитывается)", " (неизвестное исключает)", "строки не пересекаются, полная", "первая подходящая строка",
            "v2 также засчитывает лиды, по цене 5 RUB; v1 отклоняет их по A",
            "v2 больше не засчитывает лиды; v2 отклоняет их по A (v1 платил 5 RUB)", "цена 10 вместо 5", "v2 иначе оценивает лиды: c",
            "v2 иначе оценивает лиды: c", "v2 отклоняет по другим причинам лиды: c (прочие невыполненные критерии называют обе версии)",
            ". Пример: ", " (неизвестно)");
  }

  private static Object sample(Class<?> type, String method) {
    if (type == String.class) {
      return method.equals("part") ? "unknownAs" : method.equals("term") ? "zone" : "x";
    }
    if (type == int.class) {
      return method.equals("editGroup") ? 3 : method.equals("edited") ? 2 : 2;
    }
    if (type == long.class) {
      return 21L;
    }
    if (type == boolean.class) {
      return true;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal("-1234.50");
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2026, 3, 1);
    }
    if (type == Money.class) {
      return Money.of("1500", "INR");
    }
    if (type == Ground.class) {
      return Ground.OUT_OF_CONTRACT;
    }
    if (type == FieldKind.class) {
      return FieldKind.ANSWER;
    }
    if (type == dev.leadspec.analysis.Remark.class) {
      return dev.leadspec.analysis.SemanticDiff.between(bilingual(), Contract.builder().id("calls").version(2)
          .title("Call leads").effectiveFrom(LocalDate.of(2026, 4, 1))
          .addFields(Field.builder().name("talk").kind(FieldKind.DECIMAL).build()).build()).remarkDetails().get(0);
    }
    if (type == dev.leadspec.dispute.Ruling.class) {
      Lead lead = Lead.builder().id("L").deliveredAt(Instant.parse("2026-03-02T10:00:00Z")).fact("talk", 30).build();
      return dev.leadspec.dispute.Arbiter.of(dev.leadspec.eval.ContractHistory.of(bilingual())).rule(lead,
          dev.leadspec.dispute.Challenge.builder().leadId("L").filedBy(dev.leadspec.dispute.Party.BUYER)
              .filedAt(Instant.parse("2026-03-03T10:00:00Z")).addCitedCriteria("NOT-AGREED").build());
    }
    throw new AssertionError("no sample for " + type);
  }

  @Test
  void no_renderer_asks_which_language_it_writes() throws IOException {
    // given
    Path text = Path.of("src/main/java/dev/leadspec/text");
    Set<String> tables = Set.of("Phrases.java", "EnglishPhrases.java", "RussianPhrases.java", "Language.java");
    List<Path> renderers;
    try (Stream<Path> files = Files.list(text)) {
      renderers = files.filter(f -> !tables.contains(f.getFileName().toString())).toList();
    }
    // then
    assertThat(renderers).extracting(f -> f.getFileName().toString()).contains("Markdown.java", "Words.java", "DiffMarkdown.java");
    for (Path renderer : renderers) {
      StringBuilder code = new StringBuilder();
      for (String line : Files.readAllLines(renderer, StandardCharsets.UTF_8)) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("*") && !trimmed.startsWith("/*") && !trimmed.startsWith("//")) {
          code.append(line).append('\n');
        }
      }
      assertThat(code.toString()).as(renderer.toString())
          .doesNotContain("Language.RU", "Language.EN", "ru()", "ru ?", "boolean ru", "Plurals")
          .doesNotContainPattern("\"[^\"\\n]*[а-яА-ЯёЁ][^\"\\n]*\"");
    }
  }

  @Test
  void money_is_the_amount_in_the_languages_numbers_a_no_break_space_and_the_currency_code() {
    assertThat(Language.EN.money(Money.of("1500", "INR"))).isEqualTo("1,500\u00a0INR");
    assertThat(Language.EN.money(Money.of("1234567.50", "USD"))).isEqualTo("1,234,567.50\u00a0USD");
    assertThat(Language.RU.money(Money.of("379500.00", "RUB"))).isEqualTo("379\u00a0500,00\u00a0RUB");
    assertThat(Language.RU.money(Money.of("12.5", "BRL"))).isEqualTo("12,5\u00a0BRL");
  }

  @Test
  void a_russian_appendix_takes_the_russian_titles_labels_and_units_and_an_english_one_the_default() {
    // when
    String ru = Markdown.contract(bilingual(), Language.RU);
    String en = Markdown.contract(bilingual(), Language.EN);
    // then
    assertThat(ru).startsWith("# Лиды со звонков\n")
        .contains("| `talk` | Время разговора | целое число | с |  |")
        .contains("**LONG — Достаточно долгий** (обязательный): Время разговора: не менее 300 с.")
        .contains("- Цена: 1\u00a0500\u00a0INR")
        .doesNotContain("Call leads", "Talk time", "Long enough", "seconds");
    assertThat(en).startsWith("# Call leads\n")
        .contains("**LONG — Long enough** (required): Talk time: at least 300 seconds.")
        .contains("- Price: 1,500\u00a0INR")
        .doesNotContain("Время", "Достаточно");
  }

  @Test
  void a_verdict_reads_each_fact_with_its_unit_in_the_language() {
    // given
    Lead lead = Lead.builder().id("L-1").deliveredAt(Instant.parse("2026-03-02T10:00:00Z")).fact("talk", 1200).build();
    // when
    String ru = Markdown.verdict(Evaluator.of(bilingual()).evaluate(lead), Language.RU);
    String en = Markdown.verdict(Evaluator.of(bilingual()).evaluate(lead), Language.EN);
    // then
    assertThat(ru).contains("**LONG** Достаточно долгий: выполнен. Требуется: Время разговора: не менее 300 с. "
        + "Прочитано: Время разговора = 1\u00a0200 с.");
    assertThat(en).contains("**LONG** Long enough: met. Requires: Talk time: at least 300 seconds. Read: Talk time = 1,200 seconds.");
  }

  @Test
  void a_range_puts_the_unit_after_its_upper_end_and_table_titles_follow_the_language() {
    // given
    Contract contract = bilingual(Table.builder().id("tier").title("Tier").hitPolicy(dev.leadspec.model.HitPolicy.FIRST).putTitles("ru", "Уровень")
            .addRows(dev.leadspec.model.Row.of("MID", new Condition.Between("talk", Value.of(60), Value.of(3600), true, false),
                dev.leadspec.model.Output.code("MID")))
            .build());
    // when
    String ru = Markdown.contract(contract, Language.RU);
    String en = Markdown.contract(contract, Language.EN);
    // then
    assertThat(ru).contains("## Уровень (`tier`)").contains("| MID | Время разговора: от 60 включительно до 3\u00a0600 с не включительно | MID |");
    assertThat(en).contains("## Tier (`tier`)").contains("| MID | Talk time: between 60 inclusive and 3,600 seconds exclusive | MID |");
  }
}
