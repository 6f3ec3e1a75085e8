package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.cli.LeadSpecCli;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.test.Scenarios;
import dev.leadspec.test.scenario.ScenarioJson;
import dev.leadspec.test.scenario.ScenarioReport;
import dev.leadspec.test.scenario.ScenarioRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The scenario files of the flagship and NPS examples, run as JUnit tests and by the command line, fully covering. */
class ScenarioFilesTest {
  static final ContractHistory FLAGSHIP = ContractHistory.of(HardwareUpgradeContract.V1, HardwareUpgradeContract.V2);

  static Path scenarios(String name) {
    try {
      return Path.of(ScenarioFilesTest.class.getResource("scenarios/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> flagship_scenarios() {
    return Scenarios.dynamicTests(FLAGSHIP, scenarios("hardware-upgrade.scenarios.json"));
  }

  @TestFactory
  Stream<DynamicTest> nps_scenarios() {
    return Scenarios.dynamicTests(NpsSurvey.INTEGER_SCORE, scenarios("nps.scenarios.json"));
  }

  @Test
  void the_flagship_scenarios_cover_every_status_bound_and_row_of_both_versions() throws IOException {
    // given
    byte[] json = Files.readAllBytes(scenarios("hardware-upgrade.scenarios.json"));

    // when
    ScenarioReport report = ScenarioRunner.of(FLAGSHIP).run(ScenarioJson.read(json, "hardware-upgrade.scenarios.json", FLAGSHIP));

    // then
    assertThat(report.passed()).isTrue();
    assertThat(report.coverage().missing()).isEmpty();
    assertThat(report.coverage().items()).contains("v1 TA-SIZE: employees >= 50 at 49", "v2 TA-SIZE: employees >= 40 at 39",
        "v2 price/ENTERPRISE matched", "v1 DQ-PHONE UNKNOWN");
  }

  @Test
  void the_nps_scenarios_cover_every_group_boundary() throws IOException {
    // given
    byte[] json = Files.readAllBytes(scenarios("nps.scenarios.json"));

    // when
    ScenarioReport report = ScenarioRunner.of(NpsSurvey.INTEGER_SCORE).run(ScenarioJson.read(json, "nps", NpsSurvey.INTEGER_SCORE));

    // then
    assertThat(report.passed()).isTrue();
    assertThat(report.coverage().missing()).isEmpty();
  }

  @Test
  void the_command_line_passes_every_scenario_file_at_full_coverage(@TempDir Path dir) throws IOException {
    // given
    Path v1 = write(dir.resolve("v1.json"), HardwareUpgradeContract.V1);
    Path v2 = write(dir.resolve("v2.json"), HardwareUpgradeContract.V2);
    Path nps = write(dir.resolve("nps.json"), NpsSurvey.INTEGER_SCORE);
    Path xml = dir.resolve("results.xml");

    // when
    String[] flagship = run("test", "--contract", v1.toString(), "--contract", v2.toString(), "--min-coverage", "100",
        "--format", "junit", "-o", xml.toString(), scenarios("hardware-upgrade.scenarios.json").toString());
    String[] npsJson = run("test", "--contract", nps.toString(), "--min-coverage", "100", scenarios("nps.scenarios.json").toString());
    String[] npsCsv = run("test", "--contract", nps.toString(), "--min-coverage", "100", scenarios("nps.scenarios.csv").toString());

    // then
    assertThat(flagship[0]).as(flagship[1]).isEqualTo("0");
    assertThat(flagship[1]).contains("38 scenarios, 38 passed, 0 failed\ncoverage: ").contains("items (100.0%)");
    assertThat(Files.readString(xml)).contains("tests=\"39\" failures=\"0\"");
    assertThat(npsJson[0]).as(npsJson[1]).isEqualTo("0");
    assertThat(npsCsv[0]).as(npsCsv[1]).isEqualTo("0");
    assertThat(npsCsv[1]).startsWith("9 scenarios, 9 passed, 0 failed\ncoverage: ");
  }

  private static Path write(Path file, Contract contract) throws IOException {
    Files.write(file, LeadSpecJson.standard().writeContract(contract));
    return file;
  }

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)};
  }
}
