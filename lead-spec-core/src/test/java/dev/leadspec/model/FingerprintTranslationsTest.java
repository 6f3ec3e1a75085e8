package dev.leadspec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * Translations enter the canonical JSON, and so the fingerprint, only when a contract gives some:
 * a contract without them keeps the bytes and fingerprint it had before contracts could have
 * them, and one with them is pinned here, tags sorted as RFC 8785 sorts names.
 */
class FingerprintTranslationsTest {

  private static Contract contract(boolean translated) {
    Field.Builder employees = Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").unit("people");
    Criterion.Builder size = Criterion.builder().id("TA-SIZE").title("Company size").role(Role.REQUIRED)
        .condition(new Condition.Compare("employees", Operator.GE, Value.of(50)));
    Table.Builder tier = Table.builder().id("tier").title("Tier").hitPolicy(HitPolicy.FIRST)
        .addRows(Row.of("ALL", new Condition.Known("employees", true), Output.code("A")));
    Contract.Builder contract = Contract.builder().id("c").version(1).title("Leads").effectiveFrom(LocalDate.of(2026, 1, 1));
    if (translated) {
      employees.putLabels("ru", "Сотрудники").putUnits("ru", "чел.");
      size.putTitles("ru", "Размер компании").putTitles("de", "Unternehmensgröße");
      tier.putTitles("ru", "Категория");
      contract.putTitles("ru", "Лиды");
    }
    return contract.addFields(employees.build()).addCriteria(size.build()).addTables(tier.build()).build();
  }

  private static String canonical(Contract contract) {
    return new String(Fingerprint.canonicalJson(contract), StandardCharsets.UTF_8);
  }

  @Test
  void a_contract_without_translations_writes_no_translation_properties_at_all() {
    // when
    String json = canonical(contract(false));

    // then
    assertThat(json).doesNotContain("\"titles\"", "\"labels\"", "\"units\"")
        .isEqualTo("{\"criteria\":[{\"admitsLaterEvidence\":false,\"condition\":{\"field\":\"employees\",\"kind\":\"compare\","
            + "\"operator\":\"GE\",\"value\":50},\"id\":\"TA-SIZE\",\"role\":\"REQUIRED\",\"title\":\"Company size\","
            + "\"unknownAs\":\"NOT_MET\"}],\"effectiveFrom\":\"2026-01-01\",\"fields\":[{\"kind\":\"INTEGER\",\"label\":\"Employees\","
            + "\"name\":\"employees\",\"unit\":\"people\"}],\"format\":\"lead-spec.contract/1\",\"id\":\"c\",\"language\":\"en\","
            + "\"tables\":[{\"complete\":false,\"hitPolicy\":\"FIRST\",\"id\":\"tier\",\"rows\":[{\"condition\":{\"field\":\"employees\","
            + "\"kind\":\"known\",\"known\":true},\"id\":\"ALL\",\"output\":{\"code\":\"A\"}}],\"title\":\"Tier\"}],\"terms\":{},"
            + "\"title\":\"Leads\",\"version\":1,\"zone\":\"Z\"}");
  }

  @Test
  void translations_are_written_beside_their_default_text_with_tags_sorted_and_the_reference_canonicalizer_agrees()
      throws IOException {
    // given
    Contract contract = contract(true);

    // when
    byte[] canonical = Fingerprint.canonicalJson(contract);
    String json = new String(canonical, StandardCharsets.UTF_8);

    // then
    assertThat(json).contains("\"titles\":{\"de\":\"Unternehmensgröße\",\"ru\":\"Размер компании\"}",
        "\"label\":\"Employees\",\"labels\":{\"ru\":\"Сотрудники\"},\"name\":\"employees\",\"unit\":\"people\",\"units\":{\"ru\":\"чел.\"}",
        "\"title\":\"Tier\",\"titles\":{\"ru\":\"Категория\"}", "\"title\":\"Leads\",\"titles\":{\"ru\":\"Лиды\"},\"version\":1");
    assertThat(new JsonCanonicalizer(canonical).getEncodedUTF8()).isEqualTo(canonical);
  }

  @Test
  void a_translated_contracts_fingerprint_is_pinned_and_without_its_translations_it_is_the_plain_contracts() {
    // when
    String translated = Fingerprint.of(contract(true));
    String plain = Fingerprint.of(contract(false));

    // then
    assertThat(translated).isEqualTo("3214f310413f04b57f30e0bf1a5841b2fcf8f7c31d90b062d30297373f232d77");
    // what the same contract's fingerprint was before contracts could have translations
    assertThat(plain).isEqualTo("a4aaaade20d75b830e95fc21df1a90d6921ad55f01e33aa87a1af5c19fbf54ae");
  }
}
