package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.ContractValidationException;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.Fingerprint;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Role;
import dev.leadspec.model.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * A scripted question in other languages in contract documents: a {@code questions} object keyed
 * by language tag beside {@code question}, read strictly, written only when given, and in the
 * published schema.
 */
class ContractQuestionsJsonTest {
  private static final String RUSSIAN = "Планируете ли вы обновить оборудование в ближайшие 12 месяцев?";

  private final LeadSpecJson json = LeadSpecJson.standard();

  private static Contract contract(boolean translated) {
    Field.Builder plans = Field.builder().name("plans_upgrade").kind(FieldKind.ANSWER)
        .question("Do you plan to upgrade your hardware within 12 months?");
    if (translated) {
      plans.putQuestions("ru", RUSSIAN).putQuestions("de", "Planen Sie ein Upgrade?");
    }
    return Contract.builder().id("it-integrator").version(1).title("Hardware upgrade leads").effectiveFrom(LocalDate.of(2026, 3, 1))
        .addFields(plans.build())
        .addCriteria(Criterion.builder().id("Q-UPGRADE").title("Plans an upgrade").role(Role.REQUIRED)
            .condition(new Condition.Compare("plans_upgrade", Operator.EQ, Value.of(Answer.YES))).build())
        .build();
  }

  private String written(Contract contract) {
    return new String(json.writeContract(contract), StandardCharsets.UTF_8);
  }

  @Test
  void questions_are_written_after_the_question_in_declaration_order_and_read_back_as_written() throws IOException {
    // given
    Contract contract = contract(true);

    // when
    String document = written(contract);
    Contract read = json.readContract(document);

    // then
    assertThat(document).contains("      \"question\": \"Do you plan to upgrade your hardware within 12 months?\",\n"
        + "      \"questions\": {\n"
        + "        \"ru\": \"" + RUSSIAN + "\",\n"
        + "        \"de\": \"Planen Sie ein Upgrade?\"\n"
        + "      }\n");
    assertThat(read).isEqualTo(contract);
    assertThat(read.fields().get(0).question("ru")).contains(RUSSIAN);
    assertThat(written(read)).isEqualTo(document);
    assertThat(new JsonCanonicalizer(document).getEncodedUTF8()).isEqualTo(Fingerprint.canonicalJson(contract));
  }

  @Test
  void a_contract_without_translated_questions_is_written_without_the_property() {
    assertThat(written(contract(false))).contains("\"question\"").doesNotContain("\"questions\"");
  }

  @Test
  void the_published_schema_accepts_translated_questions_and_both_refuse_a_malformed_tag() {
    // given
    String document = written(contract(true));
    String malformed = document.replace("\"ru\": \"" + RUSSIAN, "\"RU\": \"" + RUSSIAN);

    // then
    SchemaAgreementTest.bothAccept("contract", document);
    assertThat(SchemaAgreementTest.errors("contract", malformed)).isNotEmpty();
    assertThatThrownBy(() -> json.readContract(malformed)).isInstanceOf(ContractValidationException.class)
        .hasMessageContaining("field \"plans_upgrade\": question in \"RU\": the language tag is not well formed");
  }

  @Test
  void questions_that_are_not_an_object_of_strings_or_are_misspelled_are_errors_at_their_path() {
    // given
    String document = written(contract(true));

    // then
    assertThatThrownBy(() -> json.readContract(document.replace("\"" + RUSSIAN + "\"", "5")))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("$.fields[0].questions.ru");
    assertThatThrownBy(() -> json.readContract(document.replace("\"questions\"", "\"qestions\"")))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("unknown property \"qestions\"")
        .hasMessageContaining("did you mean \"questions\"");
  }
}
