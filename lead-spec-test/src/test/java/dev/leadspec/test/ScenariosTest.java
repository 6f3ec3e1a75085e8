package dev.leadspec.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.test.scenario.ScenarioException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ScenariosTest {
  private static final String DOCUMENT = "{\"format\": \"lead-spec.scenarios/1\", \"scenarios\": [\n"
      + "  {\"name\": \"120 employees is accepted\",\n"
      + "   \"facts\": {\"industry\": \"RETAIL\", \"employees\": 120, \"plans_upgrade\": \"YES\", \"phone_invalid\": false},\n"
      + "   \"expect\": {\"outcome\": \"ACCEPTED\", \"reasons\": {\"TA-IND\": \"MET\", \"TA-SIZE\": \"MET\", \"Q-UPGRADE\": \"MET\"}}},\n"
      + "  {\"name\": \"49 employees is wrongly expected to pass\",\n"
      + "   \"facts\": {\"industry\": \"RETAIL\", \"employees\": 49, \"plans_upgrade\": \"YES\"},\n"
      + "   \"expect\": {\"outcome\": \"ACCEPTED\", \"reasons\": {\"TA-IND\": \"MET\", \"TA-SIZE\": \"MET\", \"Q-UPGRADE\": \"MET\"}}}\n"
      + "]}\n";

  @Test
  void each_scenario_becomes_a_dynamic_test_that_fails_with_the_verdict_beside_the_expectation(@TempDir Path dir) throws Throwable {
    // given
    Path file = dir.resolve("it.scenarios.json");
    Files.writeString(file, DOCUMENT, StandardCharsets.UTF_8);

    // when
    List<DynamicTest> tests = Scenarios.dynamicTests(ItIntegrator.contract(), file).collect(Collectors.toList());

    // then
    assertThat(tests).extracting(DynamicTest::getDisplayName)
        .containsExactly("120 employees is accepted", "49 employees is wrongly expected to pass");
    assertThat(tests.get(1).getTestSourceUri()).hasValueSatisfying(uri -> assertThat(uri.toString()).endsWith("?line=5"));
    tests.get(0).getExecutable().execute();
    assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("outcome: expected ACCEPTED, was REJECTED")
        .hasMessageContaining("REJECTED: lead 49 employees is wrongly expected to pass under it-integrator v1");
  }

  @Test
  void a_misspelt_field_fails_the_factory_before_any_test_runs(@TempDir Path dir) throws Throwable {
    // given
    Path file = dir.resolve("typo.scenarios.json");
    Files.writeString(file, DOCUMENT.replace("\"employees\": 49", "\"employes\": 49"), StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> Scenarios.dynamicTests(ItIntegrator.contract(), file))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("line 6, scenario \"49 employees is wrongly expected to pass\", at facts.employes")
        .hasMessageContaining("(did you mean \"employees\"?)");
  }
}
