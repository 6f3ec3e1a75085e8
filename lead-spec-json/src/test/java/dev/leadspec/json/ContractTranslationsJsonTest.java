package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.leadspec.model.Contract;
import dev.leadspec.model.ContractValidationException;
import dev.leadspec.model.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * Titles, labels and units in other languages in contract documents: {@code titles},
 * {@code labels} and {@code units} objects keyed by language tag, beside the default text, read
 * strictly and written back as read.
 */
class ContractTranslationsJsonTest {
  private final LeadSpecJson json = LeadSpecJson.standard();

  private static final String DOCUMENT = "{\n"
      + "  \"format\": \"lead-spec.contract/1\",\n"
      + "  \"id\": \"it-integrator\",\n"
      + "  \"version\": 1,\n"
      + "  \"title\": \"Hardware upgrade leads\",\n"
      + "  \"titles\": {\n"
      + "    \"ru\": \"Лиды на обновление оборудования\"\n"
      + "  },\n"
      + "  \"language\": \"en\",\n"
      + "  \"effectiveFrom\": \"2026-03-01\",\n"
      + "  \"zone\": \"Europe/Moscow\",\n"
      + "  \"fields\": [\n"
      + "    {\n"
      + "      \"name\": \"employees\",\n"
      + "      \"kind\": \"INTEGER\",\n"
      + "      \"label\": \"Employees\",\n"
      + "      \"labels\": {\n"
      + "        \"ru\": \"Численность сотрудников\",\n"
      + "        \"de\": \"Mitarbeiter\"\n"
      + "      },\n"
      + "      \"unit\": \"people\",\n"
      + "      \"units\": {\n"
      + "        \"ru\": \"чел.\"\n"
      + "      }\n"
      + "    }\n"
      + "  ],\n"
      + "  \"criteria\": [\n"
      + "    {\n"
      + "      \"id\": \"TA-SIZE\",\n"
      + "      \"title\": \"Company size\",\n"
      + "      \"titles\": {\n"
      + "        \"ru\": \"Размер компании\"\n"
      + "      },\n"
      + "      \"role\": \"REQUIRED\",\n"
      + "      \"unknownAs\": \"NOT_MET\",\n"
      + "      \"admitsLaterEvidence\": false,\n"
      + "      \"condition\": {\n"
      + "        \"kind\": \"between\",\n"
      + "        \"field\": \"employees\",\n"
      + "        \"low\": 50,\n"
      + "        \"high\": 5000,\n"
      + "        \"lowInclusive\": true,\n"
      + "        \"highInclusive\": true\n"
      + "      }\n"
      + "    }\n"
      + "  ],\n"
      + "  \"tables\": [\n"
      + "    {\n"
      + "      \"id\": \"price\",\n"
      + "      \"title\": \"Price per lead\",\n"
      + "      \"titles\": {\n"
      + "        \"ru\": \"Цена лида\"\n"
      + "      },\n"
      + "      \"hitPolicy\": \"UNIQUE\",\n"
      + "      \"complete\": true,\n"
      + "      \"rows\": [\n"
      + "        {\n"
      + "          \"id\": \"ALL\",\n"
      + "          \"condition\": {\n"
      + "            \"kind\": \"known\",\n"
      + "            \"field\": \"employees\",\n"
      + "            \"known\": true\n"
      + "          },\n"
      + "          \"output\": {\n"
      + "            \"amount\": \"2500\",\n"
      + "            \"currency\": \"RUB\"\n"
      + "          }\n"
      + "        }\n"
      + "      ]\n"
      + "    }\n"
      + "  ],\n"
      + "  \"terms\": {\n"
      + "    \"priceTable\": \"price\"\n"
      + "  }\n"
      + "}\n";

  @Test
  void a_document_with_translations_reads_into_the_models_texts_per_language_in_document_order() {
    // when
    Contract contract = json.readContract(DOCUMENT);

    // then
    assertThat(contract.title("ru")).isEqualTo("Лиды на обновление оборудования");
    assertThat(contract.fields().get(0).labels())
        .containsExactly(Map.entry("ru", "Численность сотрудников"), Map.entry("de", "Mitarbeiter"));
    assertThat(contract.fields().get(0).unit("ru")).contains("чел.");
    assertThat(contract.criteria().get(0).title("ru")).isEqualTo("Размер компании");
    assertThat(contract.tables().get(0).title("ru")).isEqualTo("Цена лида");
    assertThat(contract.tables().get(0).title("de")).isEqualTo("Price per lead");
  }

  @Test
  void what_we_write_is_the_document_we_read_byte_for_byte_and_the_fingerprint_is_its_canonical_form() throws IOException {
    // given
    Contract contract = json.readContract(DOCUMENT);

    // when
    byte[] written = json.writeContract(contract);

    // then
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(DOCUMENT);
    assertThat(json.readContract(written)).isEqualTo(contract);
    assertThat(new JsonCanonicalizer(written).getEncodedUTF8()).isEqualTo(Fingerprint.canonicalJson(contract));
  }

  @Test
  void a_document_without_translations_is_written_without_the_properties() {
    // when
    String written = new String(json.writeContract(RichContract.contract()), StandardCharsets.UTF_8);

    // then
    assertThat(written).doesNotContain("\"titles\"", "\"labels\"", "\"units\"");
  }

  @Test
  void translations_that_are_not_an_object_of_strings_are_errors_at_their_path() {
    assertThatThrownBy(() -> json.readContract(DOCUMENT.replace("\"titles\": {\n        \"ru\": \"Размер компании\"\n      }",
        "\"titles\": \"Размер компании\"")))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("$.criteria[0].titles").hasMessageContaining("expected an object");
    assertThatThrownBy(() -> json.readContract(DOCUMENT.replace("\"чел.\"", "5")))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("$.fields[0].units.ru");
    assertThatThrownBy(() -> json.readContract(DOCUMENT.replace("\"чел.\"", "null")))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("$.fields[0].units.ru");
    assertThatThrownBy(() -> json.readContract(DOCUMENT.replace("\"Mitarbeiter\"", "\"Mitarbeiter\",\n        \"de\": \"Belegschaft\"")))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("de");
  }

  @Test
  void a_translation_the_model_refuses_is_refused_naming_the_criterion_and_the_tag() {
    assertThatThrownBy(() -> json.readContract(DOCUMENT.replace("\"ru\": \"Размер компании\"", "\"ru_RU\": \"Размер компании\"")))
        .isInstanceOf(ContractValidationException.class)
        .hasMessageContaining("criterion TA-SIZE: title in \"ru_RU\": the language tag is not well formed")
        .hasMessageContaining("(did you mean \"ru-RU\"?)");
    assertThatThrownBy(() -> json.readContract(DOCUMENT.replace("\"Цена лида\"", "\"  \"")))
        .isInstanceOf(ContractValidationException.class).hasMessageContaining("table price: title in \"ru\" is blank");
  }

  @Test
  void the_published_schema_accepts_what_we_write_and_refuses_what_the_model_refuses() {
    // given
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(LeadSpecJson.class.getResourceAsStream("contract.schema.json"));
    String written = new String(json.writeContract(json.readContract(DOCUMENT)), StandardCharsets.UTF_8);

    // then
    SchemaAgreementTest.bothAccept("contract", written);
    for (String refused : List.of(DOCUMENT.replace("\"ru\": \"Размер компании\"", "\"RU\": \"Размер компании\""),
        DOCUMENT.replace("\"ru\": \"чел.\"", "\"ru-ru\": \"чел.\""), DOCUMENT.replace("\"Цена лида\"", "\" \""),
        DOCUMENT.replace("\"Mitarbeiter\"", "\"\""))) {
      assertThat(schema.validate(refused, InputFormat.JSON)).as(refused).isNotEmpty();
      assertThatThrownBy(() -> json.readContract(refused)).as(refused).isInstanceOf(ContractValidationException.class);
    }
  }

  @Test
  void a_misspelled_translation_property_gets_a_suggestion() {
    assertThatThrownBy(() -> json.readContract(DOCUMENT.replace("\"labels\"", "\"lbels\"")))
        .isInstanceOf(JsonFormatException.class).hasMessageContaining("unknown property \"lbels\"")
        .hasMessageContaining("did you mean \"labels\"");
  }
}
