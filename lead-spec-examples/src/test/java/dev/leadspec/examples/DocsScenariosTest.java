package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadspec.cli.LeadSpecCli;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.test.scenario.ScenarioException;
import dev.leadspec.test.scenario.ScenarioJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/scenarios.md run as the page says they do. */
class DocsScenariosTest {
  @TempDir
  Path dir;

  private Path contract;
  private List<String> json;
  private List<String> text;
  private List<String> csv;

  @BeforeEach
  void read_the_page() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("docs/scenarios.md"))) {
      root = root.getParent();
    }
    json = blocks(Files.readString(root.resolve("docs/scenarios.md")), "json");
    text = blocks(Files.readString(root.resolve("docs/scenarios.md")), "text");
    csv = blocks(Files.readString(root.resolve("docs/scenarios.md")), "csv");
    contract = dir.resolve("nps.contract.json");
    Files.write(contract, LeadSpecJson.standard().writeContract(NpsSurvey.INTEGER_SCORE));
  }

  private static List<String> blocks(String page, String language) {
    List<String> blocks = new ArrayList<>();
    String open = "```" + language + "\n";
    for (int at = page.indexOf(open); at >= 0; at = page.indexOf(open, at + 1)) {
      int start = at + open.length();
      blocks.add(page.substring(start, page.indexOf("```\n", start)));
    }
    return blocks;
  }

  @Test
  void the_first_example_passes_and_prints_the_coverage_shown() throws IOException {
    // given
    Path file = write("nps.scenarios.json", json.get(0));

    // when
    String[] result = run("test", "--contract", contract.toString(), file.toString());

    // then
    assertThat(result[0]).isEqualTo("0");
    assertThat(result[1]).isEqualTo(text.get(1));
  }

  @Test
  void a_misspelt_field_gives_the_error_shown() {
    // given
    byte[] typo = json.get(0).replace("{\"score\": 6}", "{\"scor\": 6}").getBytes(StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> ScenarioJson.read(typo, "nps.scenarios.json", NpsSurvey.INTEGER_SCORE))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(text.get(0).strip());
  }

  @Test
  void the_failing_example_fails_as_shown() throws IOException {
    // given
    Path file = write("nps.scenarios.json", json.get(1));

    // when
    String[] result = run("test", "--contract", contract.toString(), file.toString());

    // then
    assertThat(result[0]).isEqualTo("1");
    assertThat(result[1].replace(file.toString(), "nps.scenarios.json")).startsWith(text.get(2));
  }

  @Test
  void the_csv_example_passes_and_suggestions_complete_it() throws IOException {
    // given
    Path file = write("nps.scenarios.csv", csv.get(0));
    Path suggested = dir.resolve("suggested.scenarios.json");

    // when
    String[] result = run("test", "--contract", contract.toString(), "--suggest", suggested.toString(), file.toString());
    String[] both = run("test", "--contract", contract.toString(), "--min-coverage", "100", file.toString(), suggested.toString());

    // then
    assertThat(result[0]).as(result[1]).isEqualTo("0");
    assertThat(result[1]).startsWith("3 scenarios, 3 passed, 0 failed\n");
    assertThat(both[0]).as(both[1]).isEqualTo("0");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8)};
  }
}
