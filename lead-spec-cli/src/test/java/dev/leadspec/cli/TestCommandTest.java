package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TestCommandTest {
  private static final String ACCEPTED = "    {\"name\": \"a retailer of 120 is accepted at the SMB price\",\n"
      + "     \"facts\": {\"industry\": \"RETAIL\", \"employees\": 120, \"plans\": \"YES\"},\n"
      + "     \"expect\": {\"outcome\": \"ACCEPTED\", \"reasons\": {\"TA-IND\": \"MET\", \"TA-SIZE\": \"MET\", \"Q-UPGRADE\": \"MET\"},\n"
      + "                \"price\": \"2500 RUB\"}}";
  private static final String WRONG = "    {\"name\": \"49 <employees> & \\\"quotes\\\" wrongly expected to pass\",\n"
      + "     \"facts\": {\"industry\": \"RETAIL\", \"employees\": 49, \"plans\": \"YES\"},\n"
      + "     \"expect\": {\"outcome\": \"ACCEPTED\", \"reasons\": {\"TA-IND\": \"MET\", \"TA-SIZE\": \"MET\", \"Q-UPGRADE\": \"MET\"}}}";

  @TempDir
  Path dir;

  private Path contract() throws IOException {
    Contract contract = LeadSpecCliTest.contract(50, false);
    Path file = dir.resolve("contract.json");
    Files.write(file, LeadSpecJson.standard().writeContract(contract));
    return file;
  }

  private Path scenarios(String name, String... scenarios) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "{\"format\": \"lead-spec.scenarios/1\", \"contract\": \"it-integrator\", \"scenarios\": [\n"
        + String.join(",\n", scenarios) + "\n]}\n", StandardCharsets.UTF_8);
    return file;
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Result(int code, String out, String err) {}

  @Test
  void passing_scenarios_exit_0_and_print_the_coverage() throws IOException {
    // given
    Path contract = contract();
    Path file = scenarios("ok.scenarios.json", ACCEPTED);

    // when
    Result result = run("test", "--contract", contract.toString(), file.toString());

    // then
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("1 scenarios, 1 passed, 0 failed\ncoverage: ")
        .contains("never exercised:\n  TA-IND NOT_MET\n");
  }

  @Test
  void a_failing_scenario_exits_1_with_the_verdict_beside_the_expectation() throws IOException {
    // given
    Path contract = contract();
    Path file = scenarios("bad.scenarios.json", ACCEPTED, WRONG);

    // when
    Result result = run("test", "--contract", contract.toString(), file.toString());

    // then
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).contains("FAILED scenario \"49 <employees> & \"quotes\" wrongly expected to pass\" ("
        + file + ", line 6)\n  expected: ACCEPTED, reasons TA-IND=MET;TA-SIZE=MET;Q-UPGRADE=MET\n"
        + "  actual:   REJECTED, reasons TA-SIZE=NOT_MET\n")
        .contains("    outcome: expected ACCEPTED, was REJECTED\n")
        .contains("  verdict:\n    REJECTED: lead 49 <employees>")
        .contains("2 scenarios, 1 passed, 1 failed\n");
  }

  @Test
  void junit_xml_parses_escapes_names_and_counts_the_failures() throws Exception {
    // given
    Path contract = contract();
    Path file = scenarios("bad.scenarios.json", ACCEPTED, WRONG);
    Path xml = dir.resolve("results.xml");

    // when
    Result result = run("test", "--contract", contract.toString(), "--format", "junit", "-o", xml.toString(),
        "--min-coverage", "100", file.toString());

    // then
    assertThat(result.code()).isEqualTo(1);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(xml)));
    Element root = document.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    NodeList cases = document.getElementsByTagName("testcase");
    assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("49 <employees> & \"quotes\" wrongly expected to pass");
    Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("outcome: expected ACCEPTED, was REJECTED");
    assertThat(failure.getTextContent()).contains("REJECTED: lead 49 <employees> & \"quotes\" wrongly expected to pass");
    assertThat(((Element) cases.item(2)).getAttribute("name")).isEqualTo("coverage at least 100%");
  }

  @Test
  void xml_escaping_writes_characters_xml_cannot_hold_as_escapes() {
    // given
    String text = "a\u0001b\uD800c\uD83D\uDE00<&>";

    // when
    String escaped = JunitXml.escape(text);

    // then
    assertThat(escaped).isEqualTo("a\\u0001b\\uD800c\uD83D\uDE00&lt;&amp;&gt;");
  }

  @Test
  void a_misspelt_field_exits_2_with_a_suggestion_before_any_scenario_runs() throws IOException {
    // given
    Path contract = contract();
    Path good = scenarios("good.scenarios.json", ACCEPTED);
    Path typo = scenarios("typo.scenarios.json", ACCEPTED.replace("\"employees\"", "\"employes\""));

    // when
    Result result = run("test", "--contract", contract.toString(), good.toString(), typo.toString());

    // then
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("lead-spec: " + typo + ", line 3, scenario \"a retailer of 120 is accepted at the SMB price\", "
        + "at facts.employes: field \"employes\" is not declared in it-integrator v1 (did you mean \"employees\"?)\n");
  }

  @Test
  void csv_scenarios_run_with_reasons_in_one_cell() throws IOException {
    // given
    Path contract = contract();
    Path csv = dir.resolve("s.csv");
    Files.writeString(csv, "name,industry,employees,plans,expected_outcome,expected_reasons,expected_table:price\n"
        + "too small,RETAIL,49,YES,REJECTED,TA-SIZE=NOT_MET,\n"
        + "unknown size,RETAIL,,YES,REJECTED,TA-SIZE=UNKNOWN,\n"
        + "enterprise,RETAIL,600,yes,ACCEPTED,TA-IND=MET;TA-SIZE=MET;Q-UPGRADE=MET,4000 RUB\n", StandardCharsets.UTF_8);

    // when
    Result result = run("test", "--contract", contract.toString(), csv.toString());

    // then
    assertThat(result.code()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).startsWith("3 scenarios, 3 passed, 0 failed\n");
  }

  @Test
  void a_csv_column_that_is_no_field_exits_2_with_a_suggestion() throws IOException {
    // given
    Path contract = contract();
    Path csv = dir.resolve("s.csv");
    Files.writeString(csv, "industy,expected_outcome,expected_reasons\nRETAIL,REJECTED,TA-SIZE=UNKNOWN\n", StandardCharsets.UTF_8);
    Path badCell = dir.resolve("cell.csv");
    Files.writeString(badCell, "employees,expected_outcome,expected_reasons\nmany,REJECTED,TA-SIZE=UNKNOWN\n", StandardCharsets.UTF_8);

    // when
    Result column = run("test", "--contract", contract.toString(), csv.toString());
    Result cell = run("test", "--contract", contract.toString(), badCell.toString());

    // then
    assertThat(column.code()).isEqualTo(2);
    assertThat(column.err()).contains(", line 1, at industy: column \"industy\" is neither a field of it-integrator v1 nor a "
        + "scenario column (did you mean \"industry\"?)");
    assertThat(cell.code()).isEqualTo(2);
    assertThat(cell.err()).contains(", line 2, scenario \"line 2\", at employees: field \"employees\" expects an integer, but was "
        + "given \"many\"");
  }

  @Test
  void suggest_writes_reviewable_scenarios_that_reach_full_coverage() throws IOException {
    // given
    Path contract = contract();
    Path file = scenarios("ok.scenarios.json", ACCEPTED);
    Path suggested = dir.resolve("suggested.scenarios.json");

    // when
    Result first = run("test", "--contract", contract.toString(), "--suggest", suggested.toString(), file.toString());
    Result both = run("test", "--contract", contract.toString(), "--min-coverage", "100", file.toString(), suggested.toString());

    // then
    assertThat(first.code()).isZero();
    assertThat(first.err()).contains("suggested scenarios written to " + suggested);
    assertThat(Files.readString(suggested)).contains("\"review\": true");
    assertThat(both.code()).as(both.out()).isZero();
    assertThat(both.out()).contains("(100.0%)").contains("scenarios are still marked \"review\": true");
  }

  @Test
  void coverage_below_the_minimum_exits_1_and_bad_usage_exits_2() throws IOException {
    // given
    Path contract = contract();
    Path file = scenarios("ok.scenarios.json", ACCEPTED);

    // when
    Result low = run("test", "--contract", contract.toString(), "--min-coverage", "90", file.toString());
    Result badFormat = run("test", "--contract", contract.toString(), "--format", "xml", file.toString());
    Result nothing = run("test", "--contract", contract.toString());
    Result history = run("test", "--contract", contract.toString(), "--contract", historyContract().toString(), file.toString());

    // then
    assertThat(low.code()).isEqualTo(1);
    assertThat(low.out()).contains("is below --min-coverage 90%");
    assertThat(badFormat.code()).isEqualTo(2);
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(history.code()).isZero();
    assertThat(history.out()).contains("never exercised:\n  v1 TA-IND MET\n").doesNotContain("  v2 TA-IND MET\n");
  }

  @Test
  void junit_xml_on_standard_output_moves_the_text_to_standard_error_and_a_missing_file_exits_3() throws IOException {
    // given
    Path contract = contract();
    Path file = scenarios("ok.scenarios.json", ACCEPTED);

    // when
    Result junit = run("test", "--contract", contract.toString(), "--format", "junit", file.toString());
    Result missing = run("test", "--contract", contract.toString(), dir.resolve("nowhere.json").toString());

    // then
    assertThat(junit.code()).isZero();
    assertThat(junit.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"lead-spec test\" tests=\"1\"");
    assertThat(junit.err()).startsWith("1 scenarios, 1 passed, 0 failed\n");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("nowhere.json");
  }

  private Path historyContract() throws IOException {
    Path file = dir.resolve("contract-v2.json");
    Files.write(file, LeadSpecJson.standard().writeContract(LeadSpecCliTest.contract(40, false, 2, LocalDate.of(2026, 4, 1))));
    return file;
  }
}
