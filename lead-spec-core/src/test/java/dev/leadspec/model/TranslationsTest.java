package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A contract's titles, labels and units in other languages: what a document in a language shows,
 * and the translations a contract refuses when it is built, each named by its contract,
 * criterion, field or table and its language tag.
 */
class TranslationsTest {

  private static Field employees(UnaryOperator<Field.Builder> more) {
    return more.apply(Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").unit("people")).build();
  }

  private static Criterion size(UnaryOperator<Criterion.Builder> more) {
    return more.apply(Criterion.builder().id("TA-SIZE").title("Company size").role(Role.REQUIRED)
        .condition(new Condition.Compare("employees", Operator.GE, Value.of(50)))).build();
  }

  private static Contract.Builder contract(Field field, Criterion criterion) {
    return Contract.builder().id("it-integrator").version(1).title("Hardware upgrade leads")
        .effectiveFrom(LocalDate.of(2026, 1, 1)).addFields(field).addCriteria(criterion);
  }

  private static List<ContractValidationException.Problem> problems(Contract.Builder contract) {
    try {
      contract.build();
    } catch (ContractValidationException e) {
      return e.problems();
    }
    throw new AssertionError("the contract was valid");
  }

  @Test
  void a_russian_document_reads_the_russian_texts_and_any_other_language_the_default_ones() {
    // given
    Contract contract = contract(
        employees(f -> f.putLabels("ru", "Сотрудники").putUnits("ru", "чел.")),
        size(c -> c.putTitles("ru", "Размер компании")))
        .putTitles("ru", "Лиды на обновление оборудования")
        .addTables(Table.builder().id("price").title("Price").putTitles("ru", "Цена лида").hitPolicy(HitPolicy.FIRST)
            .addRows(Row.of("ALL", new Condition.Known("employees", true), Money.of("500", "RUB"))).build())
        .build();

    // when
    Field field = contract.fields().get(0);
    Criterion criterion = contract.criteria().get(0);
    Table table = contract.tables().get(0);

    // then
    assertThat(List.of(contract.title("ru"), field.label("ru"), field.unit("ru").orElseThrow(), criterion.title("ru"),
        table.title("ru"))).containsExactly("Лиды на обновление оборудования", "Сотрудники", "чел.", "Размер компании", "Цена лида");
    assertThat(List.of(contract.title("de"), field.label("en"), field.unit("pt-BR").orElseThrow(), criterion.title("en"),
        table.title("en"))).containsExactly("Hardware upgrade leads", "Employees", "people", "Company size", "Price");
  }

  @Test
  void a_tag_in_the_wrong_case_is_refused_with_the_tag_meant() {
    // when
    List<ContractValidationException.Problem> problems = problems(contract(employees(f -> f), size(c -> c.putTitles("RU", "Размер"))));

    // then
    assertThat(problems).singleElement().hasToString("criterion TA-SIZE: title in \"RU\": the language tag is not well formed;"
        + " write a BCP 47 tag such as \"ru\" or \"pt-BR\" (did you mean \"ru\"?)");
  }

  @Test
  void a_java_locale_name_is_refused_with_the_tag_meant_and_names_the_field() {
    // when
    List<ContractValidationException.Problem> problems = problems(contract(employees(f -> f.putLabels("pt_BR", "Funcionários")),
        size(c -> c)));

    // then
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.subject()).isEqualTo("field \"employees\"");
      assertThat(problem.field()).contains("employees");
      assertThat(problem.message()).startsWith("label in \"pt_BR\": the language tag is not well formed").endsWith("(did you mean \"pt-BR\"?)");
    });
  }

  @Test
  void language_names_blank_tags_and_extensions_are_not_well_formed_and_regions_scripts_and_numeric_regions_are() {
    assertThat(List.of("russian", "", " ru", "ru-", "ru-ru", "RU", "ru_RU", "r", "ru-Cyrl-RU-x-private", "en-GB-oed", "123"))
        .noneMatch(Translations::wellFormed);
    assertThat(List.of("ru", "en", "pt-BR", "sr-Latn", "sr-Latn-RS", "es-419", "yue")).allMatch(Translations::wellFormed);
  }

  @Test
  void a_blank_translation_is_refused_naming_the_table_and_the_tag() {
    // given
    Contract.Builder contract = contract(employees(f -> f), size(c -> c))
        .addTables(Table.builder().id("tier").title("Tier").putTitles("ru", " \t").hitPolicy(HitPolicy.FIRST)
            .addRows(Row.of("ALL", new Condition.Known("employees", true), Output.code("A"))).build());

    // when
    List<ContractValidationException.Problem> problems = problems(contract);

    // then
    assertThat(problems).singleElement().hasToString("table tier: title in \"ru\" is blank");
  }

  @Test
  void a_translation_into_the_contracts_own_language_that_differs_from_the_default_text_is_refused() {
    // given
    Contract.Builder english = contract(employees(f -> f), size(c -> c.putTitles("en", "Size of the company")));
    Contract.Builder russian = contract(employees(f -> f), size(c -> c)).language("ru").putTitles("ru", "Лиды");

    // when
    List<ContractValidationException.Problem> inEnglish = problems(english);
    List<ContractValidationException.Problem> inRussian = problems(russian);

    // then
    assertThat(inEnglish).singleElement().hasToString("criterion TA-SIZE: title in \"en\" differs from the title \"Company size\","
        + " which is already in the contract's language \"en\"; give one title per language");
    assertThat(inRussian).singleElement().hasToString("contract it-integrator: title in \"ru\" differs from the title"
        + " \"Hardware upgrade leads\", which is already in the contract's language \"ru\"; give one title per language");
  }

  @Test
  void the_default_text_repeated_under_the_contracts_own_language_is_accepted_and_changes_nothing_a_reader_sees() {
    // when
    Contract contract = contract(employees(f -> f.putLabels("en", "Employees")), size(c -> c.putTitles("en", "Company size"))).build();

    // then
    assertThat(contract.criteria().get(0).title("en")).isEqualTo(contract.criteria().get(0).title());
    assertThat(contract.fields().get(0).label("en")).isEqualTo("Employees");
  }

  @Test
  void a_unit_translated_on_a_field_without_a_unit_is_refused() {
    // given
    Field plain = Field.builder().name("employees").kind(FieldKind.INTEGER).putUnits("ru", "чел.").build();

    // when
    List<ContractValidationException.Problem> problems = problems(contract(plain, size(c -> c)));

    // then
    assertThat(problems).singleElement()
        .hasToString("field \"employees\": unit in \"ru\" is given, but the field has no unit to translate");
  }

  @Test
  void an_overlong_translation_exceeds_the_string_length_limit() {
    // given
    String longTitle = "я".repeat(Limits.MAX_STRING_LENGTH + 1);

    // when
    List<ContractValidationException.Problem> problems = problems(contract(employees(f -> f), size(c -> c.putTitles("ru", longTitle))));

    // then
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.limit()).contains("string length");
      assertThat(problem.message()).contains("title in \"ru\" is 65537 characters long");
    });
  }

  @Test
  void every_bad_translation_is_listed_at_once_in_declaration_order() {
    // given
    Contract.Builder contract = contract(employees(f -> f.putLabels("RU", "").putUnits("ru", " ")), size(c -> c.putTitles("ru", "")))
        .putTitles("Ru", "Лиды");

    // when
    List<String> problems = problems(contract).stream().map(ContractValidationException.Problem::toString).toList();

    // then
    assertThat(problems).containsExactly(
        "contract it-integrator: title in \"Ru\": the language tag is not well formed; write a BCP 47 tag such as \"ru\" or \"pt-BR\" (did you mean \"ru\"?)",
        "field \"employees\": label in \"RU\": the language tag is not well formed; write a BCP 47 tag such as \"ru\" or \"pt-BR\" (did you mean \"ru\"?)",
        "field \"employees\": label in \"RU\" is blank",
        "field \"employees\": unit in \"ru\" is blank",
        "criterion TA-SIZE: title in \"ru\" is blank");
  }

  @Test
  void translations_count_towards_the_document_size_a_reader_allows() {
    // given
    String title = "я".repeat(Limits.MAX_STRING_LENGTH);
    Contract.Builder contract = contract(employees(f -> f), size(c -> c));
    for (int i = 0; i < Limits.MAX_DOCUMENT_BYTES / (2 * Limits.MAX_STRING_LENGTH) + 1; i++) {
      contract.putTitles("x" + (char) ('a' + i / 26) + (char) ('a' + i % 26), title);
    }

    // when
    List<ContractValidationException.Problem> problems = problems(contract);

    // then
    assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.limit()).contains("document size"));
  }

  @Test
  void the_model_keeps_translations_in_declaration_order() {
    // when
    Criterion criterion = size(c -> c.putTitles("ru", "Размер компании").putTitles("de", "Unternehmensgröße"));

    // then
    assertThat(criterion.titles()).containsExactly(Map.entry("ru", "Размер компании"), Map.entry("de", "Unternehmensgröße"));
    assertThat(employees(f -> f).unit("ru")).isEqualTo(Optional.of("people"));
  }
}
