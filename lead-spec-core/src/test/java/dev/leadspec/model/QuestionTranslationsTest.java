package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A scripted question in other languages, kept like labels and units: the question in a
 * language falls back to the default one, only a field with a question may translate it, and the
 * translations enter the canonical JSON (so the fingerprint) only when a contract gives some.
 */
class QuestionTranslationsTest {
  private static final String QUESTION = "Do you plan to upgrade your hardware within 12 months?";
  private static final String RUSSIAN = "Планируете ли вы обновить оборудование в ближайшие 12 месяцев?";

  private static Contract contract(Field field) {
    return Contract.builder().id("c").version(1).title("Leads").effectiveFrom(LocalDate.of(2026, 1, 1)).addFields(field)
        .addCriteria(Criterion.builder().id("WANTS").title("Wants an upgrade").role(Role.REQUIRED)
            .condition(new Condition.Compare(field.name(), Operator.EQ, Value.of(Answer.YES))).build())
        .build();
  }

  private static Field.Builder plans() {
    return Field.builder().name("plans").kind(FieldKind.ANSWER).question(QUESTION);
  }

  @Test
  void a_russian_reader_gets_the_russian_question_and_any_other_reader_the_default_one() {
    // given
    Field field = plans().putQuestions("ru", RUSSIAN).build();

    // then
    assertThat(field.question("ru")).contains(RUSSIAN);
    assertThat(field.question("de")).contains(QUESTION);
    assertThat(field.question("en")).contains(QUESTION);
    assertThat(Field.builder().name("size").kind(FieldKind.INTEGER).build().question("ru")).isEmpty();
  }

  @Test
  void a_question_translated_for_a_field_without_a_question_is_refused_naming_the_field() {
    // given
    Contract.Builder contract = Contract.builder().id("c").version(1).title("Leads").effectiveFrom(LocalDate.of(2026, 1, 1))
        .addFields(Field.builder().name("plans").kind(FieldKind.ANSWER).putQuestions("ru", RUSSIAN).build());

    // then
    assertThatThrownBy(contract::build).isInstanceOf(ContractValidationException.class)
        .hasMessageContaining("field \"plans\": question in \"ru\" is given, but the field has no question to translate");
  }

  @Test
  void a_question_under_a_malformed_tag_or_blank_is_refused_like_a_label() {
    assertThatThrownBy(() -> contract(plans().putQuestions("RU", RUSSIAN).build()))
        .isInstanceOf(ContractValidationException.class)
        .hasMessageContaining("field \"plans\": question in \"RU\": the language tag is not well formed");
    assertThatThrownBy(() -> contract(plans().putQuestions("ru", " ").build()))
        .isInstanceOf(ContractValidationException.class).hasMessageContaining("field \"plans\": question in \"ru\" is blank");
    assertThatThrownBy(() -> contract(plans().putQuestions("en", RUSSIAN).build()))
        .isInstanceOf(ContractValidationException.class).hasMessageContaining("question in \"en\" differs from the question");
  }

  @Test
  void the_canonical_json_carries_the_questions_only_when_given_so_existing_fingerprints_stay() {
    // given
    Contract plain = contract(plans().build());
    Contract translated = contract(plans().putQuestions("ru", RUSSIAN).build());

    // when
    String plainJson = new String(Fingerprint.canonicalJson(plain), StandardCharsets.UTF_8);
    String translatedJson = new String(Fingerprint.canonicalJson(translated), StandardCharsets.UTF_8);

    // then
    assertThat(plainJson).doesNotContain("\"questions\"");
    assertThat(translatedJson).contains("\"question\":\"" + QUESTION + "\",\"questions\":{\"ru\":\"" + RUSSIAN + "\"}");
    assertThat(translatedJson.replace(",\"questions\":{\"ru\":\"" + RUSSIAN + "\"}", "")).isEqualTo(plainJson);
    assertThat(Fingerprint.of(translated)).isNotEqualTo(Fingerprint.of(plain));
    // the size bound counts them too
    assertThat(ContractSize.of(translated).bytes() - ContractSize.of(plain).bytes())
        .isGreaterThanOrEqualTo(("\"questions\": {\"ru\": \"" + RUSSIAN + "\"}").getBytes(StandardCharsets.UTF_8).length);
  }
}
