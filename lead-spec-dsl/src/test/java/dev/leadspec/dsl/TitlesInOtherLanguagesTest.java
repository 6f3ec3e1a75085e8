package dev.leadspec.dsl;

import static dev.leadspec.dsl.LeadSpec.answer;
import static dev.leadspec.dsl.LeadSpec.contract;
import static dev.leadspec.dsl.LeadSpec.integer;
import static dev.leadspec.dsl.LeadSpec.money;
import static dev.leadspec.dsl.LeadSpec.require;
import static dev.leadspec.dsl.LeadSpec.uniqueTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.ContractValidationException;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Titles, labels and units in other languages, declared beside the text they translate. */
class TitlesInOtherLanguagesTest {
  private static final Path SELF = Path.of("src/test/java/dev/leadspec/dsl/TitlesInOtherLanguagesTest.java");

  private static List<String> readmeExample() {
    // README:translations
    IntegerField employees = integer("employees").label("Employees").label("ru", "Численность сотрудников")
        .unit("people").unit("ru", "чел.");
    Contract contract = contract("it-integrator").title("Hardware upgrade leads")
        .title("ru", "Лиды на обновление компьютерного парка")
        .effectiveFrom(LocalDate.of(2026, 3, 1))
        .fields(employees)
        .criteria(require("TA-SIZE", "Company size", employees.between(50, 5000)).title("ru", "Размер компании"))
        .tables(uniqueTable("price").title("Price per lead").title("ru", "Цена лида").complete()
            .row("ALL", employees.isKnown(), money("2500", "RUB")))
        .priceTable("price")
        .build();
    contract.criteria().get(0).title("ru"); // "Размер компании"
    contract.criteria().get(0).title("de"); // "Company size"
    // README:end
    return List.of(contract.title("ru"), contract.fields().get(0).label("ru"), contract.fields().get(0).unit("ru").orElseThrow(),
        contract.criteria().get(0).title("ru"), contract.criteria().get(0).title("de"), contract.tables().get(0).title("ru"));
  }

  @Test
  void the_readme_example_is_this_code_and_a_russian_reader_gets_the_russian_texts() throws IOException {
    // given
    List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> source = Files.readAllLines(SELF, StandardCharsets.UTF_8);

    // when
    List<String> texts = readmeExample();

    // then
    assertThat(block(readme, "## Titles and labels in other languages")).isEqualTo(marked(source, "// README:translations"));
    assertThat(texts).containsExactly("Лиды на обновление компьютерного парка", "Численность сотрудников", "чел.", "Размер компании",
        "Company size", "Цена лида");
  }

  @Test
  void the_dsl_builds_the_translations_the_model_builders_would() {
    // given
    IntegerField employees = integer("employees").label("Employees").label("ru", "Сотрудники").unit("people").unit("ru", "чел.");

    // when
    Contract fromDsl = contract("c").title("Leads").title("ru", "Лиды").effectiveFrom(LocalDate.of(2026, 1, 1)).fields(employees)
        .criteria(require("TA-SIZE", "Company size", employees.atLeast(50)).title("ru", "Размер компании").title("de", "Größe"))
        .tables(uniqueTable("price").title("Price").title("ru", "Цена").row("ALL", employees.isKnown(), money("500", "RUB")))
        .build();

    // then
    Contract fromBuilders = Contract.builder().id("c").version(1).title("Leads").putTitles("ru", "Лиды")
        .effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").putLabels("ru", "Сотрудники")
            .unit("people").putUnits("ru", "чел.").build())
        .addCriteria(Criterion.builder().id("TA-SIZE").title("Company size").putTitles("ru", "Размер компании")
            .putTitles("de", "Größe").role(Role.REQUIRED).condition(new Condition.Compare("employees", Operator.GE, Value.of(50)))
            .build())
        .addTables(Table.builder().id("price").title("Price").putTitles("ru", "Цена").hitPolicy(HitPolicy.UNIQUE)
            .addRows(Row.of("ALL", new Condition.Known("employees", true), Money.of("500", "RUB"))).build())
        .terms(Terms.builder().build())
        .build();
    assertThat(fromDsl).isEqualTo(fromBuilders);
    assertThat(fromDsl.criteria().get(0).titles()).containsExactly(Map.entry("ru", "Размер компании"), Map.entry("de", "Größe"));
  }

  @Test
  void a_later_text_for_a_language_replaces_the_earlier_and_a_new_label_or_unit_keeps_the_translations() {
    // when
    IntegerField employees = integer("employees").label("ru", "Сотрудники").unit("people").unit("ru", "чел")
        .label("Employees").unit("persons").unit("ru", "чел.").label("ru", "Численность сотрудников");

    // then
    Field field = employees.toField();
    assertThat(field.label()).isEqualTo("Employees");
    assertThat(field.labels()).containsExactly(Map.entry("ru", "Численность сотрудников"));
    assertThat(field.unit()).contains("persons");
    assertThat(field.units()).containsExactly(Map.entry("ru", "чел."));
  }

  @Test
  void a_scripted_question_in_another_language_survives_a_new_label_and_is_what_a_russian_reader_is_asked() {
    // when
    AnswerField plans = answer("plans_upgrade", "Do you plan to upgrade?").question("ru", "Планируете обновление?")
        .label("Plans an upgrade").question("ru", "Планируете ли вы обновление?").label("ru", "Планирует обновление");

    // then
    Field field = plans.toField();
    assertThat(plans.question()).isEqualTo("Do you plan to upgrade?");
    assertThat(field.questions()).containsExactly(Map.entry("ru", "Планируете ли вы обновление?"));
    assertThat(field.question("ru")).contains("Планируете ли вы обновление?");
    assertThat(field.question("de")).contains("Do you plan to upgrade?");
    assertThat(field.label("ru")).isEqualTo("Планирует обновление");
    assertThat(field).isEqualTo(Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER).label("Plans an upgrade")
        .putLabels("ru", "Планирует обновление").question("Do you plan to upgrade?")
        .putQuestions("ru", "Планируете ли вы обновление?").build());
  }

  @Test
  void build_refuses_a_question_under_a_misspelled_tag_naming_the_field() {
    // given
    AnswerField plans = answer("plans_upgrade", "Do you plan to upgrade?").question("ru_RU", "Планируете обновление?");

    // then
    assertThatThrownBy(() -> contract("c").title("Leads").effectiveFrom(LocalDate.of(2026, 1, 1)).fields(plans)
        .criteria(require("Q", "Plans", plans.isYes())).build())
        .isInstanceOf(ContractValidationException.class)
        .hasMessageContaining("field \"plans_upgrade\": question in \"ru_RU\": the language tag is not well formed")
        .hasMessageContaining("(did you mean \"ru-RU\"?)");
  }

  @Test
  void a_steps_own_text_stays_when_a_translation_is_added_and_the_contract_language_is_unchanged() {
    // when
    Contract contract = contract("c").title("Leads").title("ru", "Лиды").effectiveFrom(LocalDate.of(2026, 1, 1))
        .fields(integer("employees")).build();

    // then
    assertThat(contract.title()).isEqualTo("Leads");
    assertThat(contract.language()).isEqualTo("en");
  }

  @Test
  void build_refuses_a_misspelled_tag_naming_the_criterion_and_the_tag_meant() {
    // given
    IntegerField employees = integer("employees");

    // then
    assertThatThrownBy(() -> contract("c").title("Leads").effectiveFrom(LocalDate.of(2026, 1, 1)).fields(employees)
        .criteria(require("TA-SIZE", "Company size", employees.atLeast(50)).title("RU", "Размер компании")).build())
        .isInstanceOf(ContractValidationException.class)
        .hasMessage("contract c v1 is invalid: criterion TA-SIZE: title in \"RU\": the language tag is not well formed;"
            + " write a BCP 47 tag such as \"ru\" or \"pt-BR\" (did you mean \"ru\"?)");
  }

  @Test
  void build_refuses_a_second_title_in_the_contracts_own_language() {
    assertThatThrownBy(() -> contract("c").title("Лиды").language("ru").title("ru", "Заявки").effectiveFrom(LocalDate.of(2026, 1, 1))
        .fields(integer("employees")).build())
        .isInstanceOf(ContractValidationException.class)
        .hasMessageContaining("contract c: title in \"ru\" differs from the title \"Лиды\"");
  }

  @Test
  void a_null_language_or_text_is_refused_at_once() {
    assertThatThrownBy(() -> integer("employees").label(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("language");
    assertThatThrownBy(() -> uniqueTable("t").title("ru", null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  /** The lines of the first {@code java} block after a heading. */
  private static List<String> block(List<String> lines, String heading) {
    int start = lines.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    while (!lines.get(start).equals("```java")) {
      start++;
    }
    List<String> block = new ArrayList<>();
    for (int i = start + 1; !lines.get(i).equals("```"); i++) {
      block.add(lines.get(i));
    }
    return block;
  }

  /** The lines between a marker and {@code // README:end}, without their common indent. */
  private static List<String> marked(List<String> source, String marker) {
    int start = -1;
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).trim().equals(marker)) {
        start = i;
      }
    }
    assertThat(start).as(marker).isNotNegative();
    String indent = source.get(start).substring(0, source.get(start).indexOf('/'));
    List<String> lines = new ArrayList<>();
    for (int i = start + 1; !source.get(i).trim().equals("// README:end"); i++) {
      lines.add(source.get(i).startsWith(indent) ? source.get(i).substring(indent.length()) : source.get(i));
    }
    return lines;
  }
}
