package dev.leadspec.test.scenario;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.model.Contract;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile scenario documents end in a ScenarioException with a place, never in something else. */
class ScenarioJsonLimitsTest {
  private final Contract contract = Fixture.contract();

  @Test
  void facts_nested_past_the_depth_limit_are_refused_with_their_place() {
    // given
    String deep = "[".repeat(40) + "]".repeat(40);
    byte[] json = Fixture.document(Fixture.TOO_SMALL.replace("\"employees\": 49", "\"employees\": " + deep));

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(json, "deep.json", contract))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("deep.json, line 5, scenario \"49 employees is too small\", at facts.employees: limit exceeded");
  }

  @Test
  void a_document_over_the_size_limit_is_refused_before_it_is_parsed() {
    // given
    byte[] json = new byte[ScenarioJson.MAX_DOCUMENT_BYTES + 1];

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(json, "big.json", contract))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("big.json: the document is " + json.length + " bytes");
  }

  @Test
  void bytes_that_are_not_utf8_a_null_fact_and_a_bare_array_are_errors() {
    // given
    byte[] latin1 = Fixture.document(Fixture.TOO_SMALL.replace("RETAIL", "R\u00c9TAIL")).clone();
    byte[] notUtf8 = new String(latin1, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
    byte[] nullFact = Fixture.document(Fixture.TOO_SMALL.replace("\"employees\": 49", "\"employees\": null"));
    byte[] array = "[]".getBytes(StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(notUtf8, "latin1.json", contract))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> ScenarioJson.read(nullFact, "null.json", contract))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("at facts.employees: expected a fact (a string, number, boolean or array of codes), found null");
    assertThatThrownBy(() -> ScenarioJson.read(array, "array.json", contract))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("expected a scenario document (an object), found an array");
  }
}
