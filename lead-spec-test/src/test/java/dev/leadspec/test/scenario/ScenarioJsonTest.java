package dev.leadspec.test.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Outcome;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import dev.leadspec.model.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class ScenarioJsonTest {
  private final Contract contract = Fixture.contract();

  @Test
  void facts_are_typed_by_the_contract_and_expectations_are_read() {
    // given
    byte[] json = Fixture.document(Fixture.ACCEPTED + ",\n" + Fixture.TOO_SMALL);

    // when
    List<Scenario> scenarios = ScenarioJson.read(json, "it.scenarios.json", contract);

    // then
    Scenario accepted = scenarios.get(0);
    assertThat(accepted.lead().fact("employees")).contains(Value.of(120));
    assertThat(accepted.lead().fact("plans_upgrade")).contains(Value.of(Answer.YES));
    assertThat(accepted.lead().fact("duplicate")).contains(Value.of(false));
    assertThat(accepted.lead().deliveredAt()).isEqualTo(contract.effectiveAt());
    assertThat(accepted.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(accepted.tables()).containsEntry("price", "2500 RUB");
    assertThat(accepted.price()).contains(Money.of("2500", "RUB"));
    assertThat(accepted.line()).isEqualTo(4);
    assertThat(scenarios.get(1).reasons()).containsExactly(java.util.Map.entry("TA-SIZE", Status.NOT_MET));
  }

  @Test
  void a_misspelt_field_is_named_with_its_line_scenario_and_a_suggestion() {
    // given
    byte[] json = Fixture.document(Fixture.ACCEPTED + ",\n" + Fixture.TOO_SMALL.replace("\"employees\"", "\"employes\""));

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(json, "it.scenarios.json", contract))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("it.scenarios.json, line 10, scenario \"49 employees is too small\", at facts.employes: field \"employes\" "
            + "is not declared in it-integrator v1 (did you mean \"employees\"?)");
  }

  @Test
  void a_misspelt_criterion_is_named_with_a_suggestion() {
    // given
    byte[] json = Fixture.document(Fixture.TOO_SMALL.replace("\"TA-SIZE\"", "\"TA-SZE\""));

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(json, "s.json", contract))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("line 6, scenario \"49 employees is too small\", at expect.reasons.TA-SZE: criterion TA-SZE is not "
            + "declared in it-integrator v1 (did you mean \"TA-SIZE\"?)");
  }

  @Test
  void an_unknown_property_a_duplicate_and_a_wrong_type_are_errors_with_their_line() {
    // given
    String unknown = Fixture.TOO_SMALL.replace("\"facts\"", "\"fcts\"");
    String duplicate = Fixture.TOO_SMALL.replace("\"expect\": {", "\"expect\": {\"outcome\": \"REJECTED\", ");
    String wrongType = Fixture.TOO_SMALL.replace("\"employees\": 49", "\"employees\": \"many\"");
    String badStatus = Fixture.TOO_SMALL.replace("\"NOT_MET\"", "\"NOT-MET\"");

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(Fixture.document(unknown), "s.json", contract))
        .hasMessageContaining("line 5, scenario \"49 employees is too small\", at fcts: unknown property \"fcts\" (did you mean \"facts\"?)");
    assertThatThrownBy(() -> ScenarioJson.read(Fixture.document(duplicate), "s.json", contract))
        .hasMessageContaining("line 6").hasMessageContaining("duplicate property \"outcome\"");
    assertThatThrownBy(() -> ScenarioJson.read(Fixture.document(wrongType), "s.json", contract))
        .hasMessageContaining("line 5, scenario \"49 employees is too small\", at facts.employees: field \"employees\" expects");
    assertThatThrownBy(() -> ScenarioJson.read(Fixture.document(badStatus), "s.json", contract))
        .hasMessageContaining("at expect.reasons.TA-SIZE: status \"NOT-MET\" is not MET, NOT_MET or UNKNOWN (did you mean \"NOT_MET\"?)");
  }

  @Test
  void a_document_without_its_format_or_for_another_contract_is_refused() {
    // given
    byte[] noFormat = "{\"scenarios\": []}".getBytes(StandardCharsets.UTF_8);
    byte[] other = "{\"format\": \"lead-spec.scenarios/1\", \"contract\": \"nps\", \"scenarios\": []}".getBytes(StandardCharsets.UTF_8);
    byte[] malformed = "{\"format\": \"lead-spec.scenarios/1\", \"scenarios\": [".getBytes(StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(noFormat, "s.json", contract)).hasMessageContaining("format is missing");
    assertThatThrownBy(() -> ScenarioJson.read(other, "s.json", contract))
        .hasMessageContaining("the scenarios are for contract nps, not it-integrator");
    assertThatThrownBy(() -> ScenarioJson.read(malformed, "s.json", contract)).isInstanceOf(ScenarioException.class);
  }

  @Test
  void a_table_output_that_no_row_gives_is_an_error_with_a_suggestion() {
    // given
    byte[] json = Fixture.document(Fixture.ACCEPTED.replace("\"price\": \"2500 RUB\"}, ", "\"price\": \"2500 RUR\"}, "));

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(json, "s.json", contract))
        .hasMessageContaining("at expect.tables.price: \"2500 RUR\" is no output of table price")
        .hasMessageContaining("(did you mean \"2500 RUB\"?)");
  }

  @Test
  void two_scenarios_of_one_name_are_an_error() {
    // given
    byte[] json = Fixture.document(Fixture.TOO_SMALL + ",\n" + Fixture.TOO_SMALL);

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(json, "s.json", contract))
        .hasMessageContaining("line 7, scenario \"49 employees is too small\", at name: another scenario has this name (line 4)");
  }

  @Test
  void a_history_types_each_lead_by_the_version_governing_its_delivery() {
    // given
    ContractHistory history = ContractHistory.of(contract, Fixture.contract(40, 2, LocalDate.of(2026, 4, 1)));
    byte[] json = Fixture.document(Fixture.TOO_SMALL.replace("\"facts\"", "\"deliveredAt\": \"2026-03-10T09:00:00Z\", \"facts\""));

    // when
    ScenarioReport report = ScenarioRunner.of(history).run(ScenarioJson.read(json, "s.json", history));

    // then
    assertThat(report.results().get(0).verdict().contractVersion()).isEqualTo(1);
    assertThat(report.passed()).isTrue();
  }

  @Test
  void what_it_writes_it_reads_back() {
    // given
    List<Scenario> scenarios = ScenarioJson.read(Fixture.document(Fixture.ACCEPTED + ",\n" + Fixture.TOO_SMALL), "s.json", contract);

    // when
    byte[] written = ScenarioJson.write(contract.id(), scenarios);
    List<Scenario> read = ScenarioJson.read(written, "again.json", contract);

    // then
    assertThat(read).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(read.get(i).lead()).isEqualTo(scenarios.get(i).lead());
      assertThat(read.get(i).reasons()).isEqualTo(scenarios.get(i).reasons());
      assertThat(read.get(i).tables()).isEqualTo(scenarios.get(i).tables());
      assertThat(read.get(i).price()).isEqualTo(scenarios.get(i).price());
    }
  }

  @Test
  void the_packaged_schema_is_the_repository_schema_and_describes_every_property() throws IOException {
    // given
    byte[] packaged;
    try (InputStream in = ScenarioJson.class.getResourceAsStream(ScenarioJson.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      packaged = in.readAllBytes();
    }
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("schemas"))) {
      root = root.getParent();
    }

    // when
    List<String> undescribed = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), packaged)) {
      parser.nextToken();
      walk(parser, "$", false, undescribed);
    }

    // then
    assertThat(packaged).isEqualTo(Files.readAllBytes(root.resolve("schemas/scenario.schema.json")));
    assertThat(undescribed).isEmpty();
  }

  /** Walks a value; inside "properties", each member's object must have a "description". */
  private static void walk(JsonParser parser, String path, boolean isProperty, List<String> undescribed) {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      boolean described = false;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        String name = parser.currentName();
        described |= name.equals("description");
        parser.nextToken();
        if (name.equals("properties")) {
          for (JsonToken member = parser.nextToken(); member != JsonToken.END_OBJECT; member = parser.nextToken()) {
            String property = parser.currentName();
            parser.nextToken();
            walk(parser, path + ".properties." + property, true, undescribed);
          }
        } else {
          walk(parser, path + "." + name, false, undescribed);
        }
      }
      if (isProperty && !described) {
        undescribed.add(path);
      }
    } else if (parser.currentToken() == JsonToken.START_ARRAY) {
      int i = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        walk(parser, path + "[" + i++ + "]", false, undescribed);
      }
    }
  }
}
