package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.Evaluator;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.ContractValidationException;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractJsonTest {
  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void a_contract_with_every_field_condition_and_table_kind_survives_model_to_json_to_model() {
    for (Contract contract : new Contract[] {RichContract.contract(), RichContract.fixedPrice()}) {
      // given
      byte[] document = json.writeContract(contract);

      // when
      Contract read = json.readContract(document);

      // then
      assertThat(read).isEqualTo(contract);
      assertThat(json.fingerprint(read)).isEqualTo(json.fingerprint(contract));
    }
  }

  @Test
  void canonical_output_read_and_written_again_is_byte_identical() {
    // given
    byte[] canonical = json.writeContract(RichContract.contract());

    // when
    byte[] again = json.writeContract(json.readContract(canonical));

    // then
    assertThat(again).isEqualTo(canonical);
    assertThat(new String(canonical, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void integers_beyond_the_i_json_range_are_written_as_strings_and_read_back_exactly() {
    // given
    String document = new String(json.writeContract(RichContract.contract()), StandardCharsets.UTF_8);

    // then
    assertThat(document).contains("\"value\": \"9007199254740993\"").contains("\"value\": 13\n");
    assertThat(json.readContract(document)).isEqualTo(RichContract.contract());
  }

  @Test
  void decimals_are_canonical_strings_so_1_0_and_1_00_give_one_fingerprint() {
    // given
    Contract tenths = withBudgetFloor("1.0");
    Contract hundredths = withBudgetFloor("1.00");
    Contract other = withBudgetFloor("1.01");

    // when
    String document = new String(json.writeContract(hundredths), StandardCharsets.UTF_8);

    // then
    assertThat(document).contains("\"value\": \"1\"");
    assertThat(json.fingerprint(tenths)).isEqualTo(json.fingerprint(hundredths))
        .isEqualTo(Evaluator.of(hundredths).fingerprint())
        .isNotEqualTo(json.fingerprint(other))
        .matches("[0-9a-f]{64}");
  }

  @Test
  void a_set_of_codes_in_another_order_is_the_same_contract_with_the_same_fingerprint() {
    // given
    Contract hpFirst = withBrands("HP", "DELL");
    Contract dellFirst = withBrands("DELL", "HP");

    // then
    assertThat(hpFirst).isEqualTo(dellFirst);
    assertThat(json.writeContract(hpFirst)).isEqualTo(json.writeContract(dellFirst));
    assertThat(json.fingerprint(hpFirst)).isEqualTo(json.fingerprint(dellFirst))
        .isNotEqualTo(json.fingerprint(withBrands("HP")));
  }

  @Test
  void a_decimal_may_be_written_as_a_json_number_by_hand() {
    // given
    String document = minimal().replace("\"kind\": \"INTEGER\"", "\"kind\": \"DECIMAL\"")
        .replace("\"value\": 50", "\"value\": 50.50");

    // when
    Contract contract = json.readContract(document);

    // then
    assertThat(contract.criteria().get(0).condition())
        .isEqualTo(new Condition.Compare("employees", dev.leadspec.model.Operator.GE, Value.of(new BigDecimal("50.5"))));
  }

  @Test
  void omitted_defaults_read_as_the_model_defaults() {
    // when
    Contract contract = json.readContract(minimal());

    // then
    assertThat(contract.language()).isEqualTo("en");
    assertThat(contract.zone()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThat(contract.criteria().get(0).unknownAs()).isEqualTo(dev.leadspec.model.Status.NOT_MET);
    assertThat(contract.tables()).isEmpty();
  }

  @Test
  void a_misspelled_property_is_an_error_that_names_it_with_its_path_and_line() {
    // given
    String document = minimal().replace("\"title\": \"Size\"", "\"tittle\": \"Size\"");

    // then
    assertThatThrownBy(() -> json.readContract(document))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> {
          assertThat(e.path()).isEqualTo("$.criteria[0].tittle");
          assertThat(e.line()).isEqualTo(lineOf(document, "tittle"));
          assertThat(e.column()).isGreaterThan(1);
          assertThat(e.problem()).startsWith("unknown property \"tittle\" (did you mean \"title\"?)");
        })
        .hasMessageStartingWith("line " + lineOf(document, "tittle") + ", column ");
  }

  @Test
  void a_duplicate_key_is_an_error() {
    String document = minimal().replace("\"version\": 1,", "\"version\": 1,\n  \"version\": 2,");
    assertError(document, "$.version", "duplicate property \"version\"");
  }

  @Test
  void trailing_tokens_after_the_contract_are_an_error() {
    assertError(minimal() + " {}", "$", "trailing tokens after the document: {");
  }

  @Test
  void a_float_where_an_integer_belongs_is_an_error() {
    assertError(minimal().replace("\"version\": 1", "\"version\": 1.0"), "$.version",
        "expected an integer, found the decimal number 1.0");
    assertError(minimal().replace("\"value\": 50", "\"value\": 50.5"), "$.criteria[0].condition.value",
        "expected an integer, found the decimal number 50.5");
  }

  @Test
  void a_number_for_an_enum_is_an_error() {
    assertError(minimal().replace("\"role\": \"REQUIRED\"", "\"role\": 0"), "$.criteria[0].role",
        "expected role (one of REQUIRED, DISQUALIFIER), found the integer 0");
  }

  @Test
  void an_unknown_enum_name_is_an_error_with_a_suggestion() {
    assertError(minimal().replace("\"role\": \"REQUIRED\"", "\"role\": \"REQUIRD\""), "$.criteria[0].role",
        "unknown role \"REQUIRD\" (did you mean \"REQUIRED\"?); expected one of REQUIRED, DISQUALIFIER");
  }

  @Test
  void a_null_for_a_required_value_is_an_error() {
    assertError(minimal().replace("\"title\": \"Size\"", "\"title\": null"), "$.criteria[0].title",
        "null for required property \"title\"");
  }

  @Test
  void a_missing_required_value_is_an_error() {
    assertError(minimal().replace("\"title\": \"Size\",", ""), "$.criteria[0]", "missing required property \"title\"");
  }

  @Test
  void an_unknown_condition_kind_is_an_error() {
    assertError(minimal().replace("\"kind\": \"compare\"", "\"kind\": \"comprae\""), "$.criteria[0].condition.kind",
        "unknown condition kind \"comprae\" (did you mean \"compare\"?); expected one of compare, between, in, contains, known, all, any, not, atLeast");
  }

  @Test
  void a_class_name_is_no_condition_kind() {
    assertError(minimal().replace("\"kind\": \"compare\"", "\"kind\": \"dev.leadspec.model.Condition$Compare\""),
        "$.criteria[0].condition.kind", "unknown condition kind \"dev.leadspec.model.Condition$Compare\"");
  }

  @Test
  void a_condition_on_an_undeclared_field_is_an_error_at_the_field_reference() {
    assertError(minimal().replace("\"field\": \"employees\"", "\"field\": \"employes\""), "$.criteria[0].condition.field",
        "field \"employes\" is not declared (did you mean \"employees\"?)");
  }

  @Test
  void another_document_format_is_an_error() {
    assertError(minimal().replace("lead-spec.contract/1", "lead-spec.lead/1"), "$.format",
        "unsupported format \"lead-spec.lead/1\"; expected \"lead-spec.contract/1\"");
    assertError(minimal().replace("\"format\": \"lead-spec.contract/1\",", ""), "$", "missing required property \"format\"");
  }

  @Test
  void comments_trailing_commas_and_single_quotes_are_not_json() {
    for (String document : new String[] {
        minimal().replace("\"version\": 1,", "\"version\": 1, // first"),
        minimal().replace("\"kind\": \"INTEGER\"}", "\"kind\": \"INTEGER\"},"),
        minimal().replace("\"id\": \"it-integrator\"", "'id': 'it-integrator'")}) {
      assertThatThrownBy(() -> json.readContract(document))
          .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problem()).startsWith("malformed JSON: "));
    }
  }

  @Test
  void malformed_json_is_an_error_with_its_line() {
    String document = minimal().replace("\"version\": 1,", "\"version\": 1,,");
    assertThatThrownBy(() -> json.readContract(document))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> {
          assertThat(e.problem()).startsWith("malformed JSON: ");
          assertThat(e.line()).isEqualTo(lineOf(document, "\"version\""));
        });
  }

  @Test
  void a_contract_that_reads_but_does_not_validate_fails_with_the_validation_problems() {
    // given: a between on a choice field
    String document = minimal().replace("\"kind\": \"INTEGER\"", "\"kind\": \"TEXT\"")
        .replace("\"value\": 50", "\"value\": \"50\"").replace("\"operator\": \"GE\"", "\"operator\": \"LT\"");

    // then
    assertThatThrownBy(() -> json.readContract(document))
        .isInstanceOf(ContractValidationException.class)
        .hasMessageContaining("criterion TA-SIZE");
  }

  private void assertError(String document, String path, String problem) {
    assertThatThrownBy(() -> json.readContract(document))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.problem()).startsWith(problem);
          assertThat(e.line()).isPositive();
          assertThat(e.column()).isPositive();
          assertThat(e.limit()).isEmpty();
        });
  }

  private static int lineOf(String document, String text) {
    String before = document.substring(0, document.indexOf(text));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  private static Contract withBudgetFloor(String floor) {
    return Contract.builder().id("c").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("budget").kind(FieldKind.DECIMAL).build())
        .addCriteria(Criterion.builder().id("B").title("budget").role(Role.REQUIRED)
            .condition(new Condition.Compare("budget", dev.leadspec.model.Operator.GE, Value.of(new BigDecimal(floor)))).build())
        .build();
  }

  private static Contract withBrands(String... brands) {
    return Contract.builder().id("c").version(1).title("t").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("brands").kind(FieldKind.CHOICES).addCodes("HP", "DELL").build())
        .addCriteria(Criterion.builder().id("B").title("brands").role(Role.REQUIRED)
            .condition(new Condition.Compare("brands", dev.leadspec.model.Operator.EQ, Value.codes(brands))).build())
        .build();
  }

  /** A small contract document written by hand, with the defaults left out. */
  static String minimal() {
    return "{\n"
        + "  \"format\": \"lead-spec.contract/1\",\n"
        + "  \"id\": \"it-integrator\",\n"
        + "  \"version\": 1,\n"
        + "  \"title\": \"Upgrade leads\",\n"
        + "  \"effectiveFrom\": \"2026-01-01\",\n"
        + "  \"fields\": [\n"
        + "    {\"name\": \"employees\", \"kind\": \"INTEGER\"}\n"
        + "  ],\n"
        + "  \"criteria\": [\n"
        + "    {\n"
        + "      \"id\": \"TA-SIZE\",\n"
        + "      \"title\": \"Size\",\n"
        + "      \"role\": \"REQUIRED\",\n"
        + "      \"condition\": {\"kind\": \"compare\", \"field\": \"employees\", \"operator\": \"GE\", \"value\": 50}\n"
        + "    }\n"
        + "  ]\n"
        + "}\n";
  }
}
