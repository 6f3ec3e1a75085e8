package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate}, {@code settle}, {@code verify}, {@code diff --leads} and {@code report} read
 * leads the same way: CSV or JSONL with the same mapping, a bad mapping exit 2 before the leads are
 * read, error records naming the lead when it was read, duplicate ids an error record each.
 */
class EveryCommandReadsLeadsTest {
  private static final LeadSpecJson JSON = LeadSpecJson.standard();
  private static final String CSV_HEADER = "Lead;Created;Sector;Staff;Plans\n";

  @TempDir
  Path dir;

  record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path contract(String name, long minEmployees) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, JSON.writeContract(LeadSpecCliTest.contract(minEmployees, false)));
    return file;
  }

  private static final String[][] ROWS = {{"L-1", "RETAIL", "120", "YES"}, {"L-2", "FINANCE", "600", "YES"},
      {"L-3", "MANUFACTURING", "70", "NO"}, {"L-4", "RETAIL", "80", "YES"}, {"L-5", "MANUFACTURING", "900", "YES"}};

  /** The same leads as JSONL, and as a CSV export that needs a mapping. */
  private Path jsonl() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (String[] row : ROWS) {
      Lead lead = Lead.builder().id(row[0]).deliveredAt(Instant.parse("2026-03-02T10:00:00Z")).fact("industry", row[1])
          .fact("employees", Long.parseLong(row[2])).fact("plans", Answer.valueOf(row[3])).build();
      lines.append(new String(JSON.writeLead(lead), StandardCharsets.UTF_8).strip()).append('\n');
    }
    return file("leads.jsonl", lines.toString());
  }

  private Path csv() throws IOException {
    StringBuilder lines = new StringBuilder(CSV_HEADER);
    for (String[] row : ROWS) {
      lines.append(row[0]).append(';').append("2026-03-02T10:00:00Z;").append(row[1].toLowerCase(java.util.Locale.ROOT)).append(';')
          .append(row[2]).append(';').append(row[3].equals("YES") ? "y" : "n").append('\n');
    }
    return file("leads.csv", lines.toString());
  }

  private Path mapping() throws IOException {
    return file("mapping.json", "{\"format\": \"lead-spec.mapping/1\", \"separator\": \";\", \"idColumn\": \"Lead\","
        + " \"deliveredAtColumn\": \"Created\", \"columns\": {\"Sector\": {\"field\": \"industry\", \"ignoreCase\": true},"
        + " \"Staff\": {\"field\": \"employees\"}, \"Plans\": {\"field\": \"plans\", \"aliases\": {\"y\": \"YES\", \"n\": \"NO\"}}}}");
  }

  private static String impact(String diffJson) {
    return diffJson.substring(diffJson.indexOf("\"impact\":"));
  }

  @Test
  void diff_over_csv_leads_with_a_mapping_gives_the_same_impact_as_over_the_same_leads_in_jsonl() throws IOException {
    // given: an amendment that lowers the size bound from 100 to 60 employees
    Path v1 = contract("v1.json", 100);
    Path v2 = contract("v2.json", 60);

    // when
    Result overJsonl = run("diff", v1.toString(), v2.toString(), "--leads", jsonl().toString(), "--format", "json");
    Result overCsv = run("diff", v1.toString(), v2.toString(), "--leads", csv().toString(), "--mapping", mapping().toString(),
        "--format", "json");

    // then
    assertThat(overJsonl.code()).as(overJsonl.err()).isEqualTo(1);
    assertThat(impact(overJsonl.out())).startsWith("\"impact\":{\"leads\":5,\"errors\":0,\"changed\":2,\"nowAccepted\":1,");
    assertThat(overCsv.code()).as(overCsv.err()).isEqualTo(1);
    assertThat(impact(overCsv.out())).isEqualTo(impact(overJsonl.out()));
    assertThat(overCsv.err()).isEqualTo(overJsonl.err());
  }

  @Test
  void a_bad_mapping_is_exit_2_before_the_leads_are_read_in_diff_and_report() throws IOException {
    // given: an alias to a code the field lacks, and a catch-all on a field that is not a choice
    Path v1 = contract("v1.json", 100);
    Path bad = file("bad.json", "{\"format\": \"lead-spec.mapping/1\", \"columns\": {\"Sector\": {\"field\": \"industry\","
        + " \"aliases\": {\"shop\": \"RETAILS\"}}, \"Staff\": {\"field\": \"employees\", \"otherwise\": \"OTHER\"}}}");
    String neverRead = dir.resolve("never-read.csv").toString();

    // when
    Result diff = run("diff", v1.toString(), v1.toString(), "--leads", neverRead, "--mapping", bad.toString());
    Result report = run("report", "--contract", v1.toString(), "--leads", neverRead, "--mapping", bad.toString());

    // then
    for (Result result : List.of(diff, report)) {
      assertThat(result.code()).as(result.err()).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).startsWith("lead-spec: mapping: 2 problems:\n")
          .contains("alias \"shop\" -> \"RETAILS\" is not a declared code (did you mean \"RETAIL\"?)")
          .contains("a catch-all (otherwise) needs a choice or choices field");
    }
  }

  @Test
  void report_over_csv_leads_with_a_mapping_writes_the_page_it_writes_over_the_same_leads_in_jsonl() throws IOException {
    Path v1 = contract("v1.json", 100);

    Result overJsonl = run("report", "--contract", v1.toString(), "--leads", jsonl().toString());
    Result overCsv = run("report", "--contract", v1.toString(), "--leads", csv().toString(), "--mapping", mapping().toString());

    assertThat(overJsonl.code()).as(overJsonl.err()).isZero();
    assertThat(overCsv.code()).as(overCsv.err()).isZero();
    assertThat(overCsv.out()).startsWith("<!DOCTYPE html>").isEqualTo(overJsonl.out());
  }

  /** A batch with a malformed line after its id, a second L-1, and a lead with a fact of the wrong kind. */
  private Path troubled() throws IOException {
    String good = Files.readString(jsonl());
    List<String> lines = new ArrayList<>(good.lines().toList());
    lines.add(2, "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-9\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":{\"plans\":,}}");
    lines.add(lines.get(0));
    lines.add("{\"format\":\"lead-spec.lead/1\",\"id\":\"L-8\",\"deliveredAt\":\"2026-03-02T10:00:00Z\",\"facts\":"
        + "{\"industry\":\"RETAIL\",\"employees\":\"many\",\"plans\":\"YES\"}}");
    return file("troubled.jsonl", String.join("\n", lines) + "\n");
  }

  @Test
  void every_command_names_the_lead_of_a_line_it_cannot_read_and_reports_a_second_lead_id_as_an_error_record() throws IOException {
    // given: lines 3 (malformed after its id), 7 (L-1 again) and 8 (employees "many")
    Path v1 = contract("v1.json", 100);
    Path leads = troubled();
    Path verdicts = dir.resolve("verdicts.jsonl");
    Path challenges = file("challenges.jsonl", "");

    // when
    Result evaluate = run("evaluate", "--contract", v1.toString(), "-o", verdicts.toString(), leads.toString());
    Result settle = run("settle", "--contract", v1.toString(), "--leads", leads.toString(), "--challenges", challenges.toString());
    Result diff = run("diff", v1.toString(), v1.toString(), "--leads", leads.toString());
    Result report = run("report", "--contract", v1.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString());
    Result verify = run("verify", "--contract", v1.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString());

    // then: evaluate writes an error record for each, naming the lead
    List<String> records = Files.readAllLines(verdicts, StandardCharsets.UTF_8);
    assertThat(records).hasSize(8);
    assertThat(records.get(2)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":3,\"lead\":\"L-9\",");
    assertThat(records.get(6)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":7,\"lead\":\"L-1\",\"error\":\"lead L-1: "
        + "duplicate lead id: an earlier record has it\"}");
    assertThat(records.get(7)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":8,\"lead\":\"L-8\",");
    assertThat(evaluate.code()).isEqualTo(1);
    assertThat(evaluate.err()).startsWith("lead-spec: 8 records: 2 accepted, 3 rejected, 3 errors; accept rate 40.0 % "
        + "(2 accepted of 5 decided)");
    // settle, diff and report report each on stderr the same way, and count them
    String malformed = "lead-spec: " + leads + " line 3: lead L-9: line 3, column ";
    String duplicate = "lead-spec: " + leads + " line 7: lead L-1: duplicate lead id: an earlier record has it\n";
    String wrongKind = "lead-spec: " + leads + " line 8: lead L-8: field \"employees\" expects an integer";
    for (Result result : List.of(settle, diff, report)) {
      assertThat(result.err()).contains(malformed, duplicate, wrongKind);
      assertThat(result.code()).as(result.err()).isEqualTo(1);
    }
    assertThat(settle.err()).contains("of 5 leads billable").endsWith("; 3 lead records were errors (each reported above)\n");
    assertThat(diff.err()).endsWith(", 0 of 5 leads change, 3 records were errors (each reported above)\n");
    assertThat(report.err()).contains("report of 5 leads, ").contains("; 3 lead records were errors (each reported above, not "
        + "on the page)");
    // verify confirms evaluate's output, error records included
    assertThat(verify.err()).isEqualTo("lead-spec: 8 verdicts confirmed, 0 did not match\n");
    assertThat(verify.code()).isZero();
  }

  @Test
  void a_csv_record_that_cannot_be_read_after_its_id_cell_names_the_lead() throws IOException {
    Path v1 = contract("v1.json", 100);
    Path leads = file("leads.csv", "id,delivered_at,industry,employees,plans\n"
        + "L-1,2026-03-02T10:00:00Z,\"RET\"AIL\",120,YES\n"
        + "\"L-2,2026-03-02T10:00:00Z,RETAIL,120,YES\n");

    Result result = run("evaluate", "--contract", v1.toString(), leads.toString());

    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":2,\"lead\":\"L-1\",\"error\":\"column 3: a quote "
        + "inside a quoted cell is not doubled");
    // the id cell itself could not be read: no lead is named
    assertThat(lines.get(1)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":3,\"error\":");
  }

  @Test
  void print_mapping_writes_the_mapping_the_options_state_and_it_reads_the_file_as_the_options_do() throws IOException {
    // given
    Path v1 = contract("v1.json", 100);
    Path leads = file("leads.csv", "Lead;delivered_at;Sector;employees;plans\nL-1;2026-03-02T10:00:00Z;RETAIL;120;YES\n"
        + "L-2;2026-03-02T10:00:00Z;n/a;120;YES\n");
    String[] options = {"--separator", ";", "--id-column", "Lead", "--map", "Sector=industry", "--unknown", "n/a"};

    // when
    List<String> printing = new ArrayList<>(List.of("evaluate", "--contract", v1.toString(), "--print-mapping"));
    printing.addAll(List.of(options));
    printing.add(leads.toString());
    Result printed = run(printing.toArray(String[]::new));
    Path mapping = file("printed.json", printed.out());
    List<String> flagged = new ArrayList<>(List.of("evaluate", "--contract", v1.toString()));
    flagged.addAll(List.of(options));
    flagged.add(leads.toString());
    Result byFlags = run(flagged.toArray(String[]::new));
    Result byFile = run("evaluate", "--contract", v1.toString(), "--mapping", mapping.toString(), leads.toString());

    // then
    assertThat(printed.code()).as(printed.err()).isZero();
    assertThat(printed.out()).isEqualTo("{\n  \"format\": \"lead-spec.mapping/1\",\n  \"separator\": \";\",\n  \"idColumn\": \"Lead\",\n"
        + "  \"unknown\": [\n    \"n/a\"\n  ],\n  \"columns\": {\n    \"Sector\": {\n      \"field\": \"industry\"\n    }\n  }\n}\n");
    assertThat(byFile.out()).isEqualTo(byFlags.out()).contains("\"L-2\"");
    assertThat(byFile.err()).isEqualTo(byFlags.err());
  }

  @Test
  void the_input_format_is_leads_format_in_every_command_and_format_is_the_output_format() {
    for (String command : List.of("evaluate", "settle", "verify", "diff", "report")) {
      Result help = run(command, "--help");

      assertThat(help.out()).as(command).contains("--leads-format=FORMAT").contains("--print-mapping").contains("--mapping=FILE");
      assertThat(help.out().contains("--format=")).as(command).isEqualTo(command.equals("diff"));
    }
  }

  @Test
  void an_over_long_challenge_line_is_an_error_naming_its_line_without_reading_it_whole() throws IOException {
    // given: a second line over the record size limit
    Path v1 = contract("v1.json", 100);
    Path challenges = dir.resolve("challenges.jsonl");
    byte[] tooLong = new byte[(int) JSON.limits().maxDocumentBytes() + 10];
    java.util.Arrays.fill(tooLong, (byte) 'x');
    try (var out = Files.newOutputStream(challenges)) {
      out.write("\n".getBytes(StandardCharsets.UTF_8));
      out.write(tooLong);
      out.write('\n');
    }

    // when
    Result settle = run("settle", "--contract", v1.toString(), "--leads", jsonl().toString(), "--challenges", challenges.toString());
    Result report = run("report", "--contract", v1.toString(), "--leads", jsonl().toString(), "--challenges", challenges.toString());

    // then
    for (Result result : List.of(settle, report)) {
      assertThat(result.code()).isEqualTo(3);
      assertThat(result.err()).isEqualTo("lead-spec: " + challenges + " line 2: record size limit exceeded: the line is longer than "
          + JSON.limits().maxDocumentBytes() + " bytes\n");
    }
  }

  @Test
  void evaluates_first_spelling_of_the_leads_format_still_works_with_a_warning() throws IOException {
    Path v1 = contract("v1.json", 100);
    // a CSV export whose name does not say so
    Path leads = file("leads.txt", Files.readString(csv()));

    Result deprecated = run("evaluate", "--contract", v1.toString(), "--format", "csv", "--mapping", mapping().toString(),
        leads.toString());
    Result current = run("evaluate", "--contract", v1.toString(), "--leads-format", "csv", "--mapping", mapping().toString(),
        leads.toString());

    assertThat(deprecated.code()).isEqualTo(current.code()).isZero();
    assertThat(deprecated.out()).isEqualTo(current.out()).contains("\"L-5\"");
    assertThat(deprecated.err()).isEqualTo("lead-spec: --format for the leads' format is deprecated and will go: use "
        + "--leads-format (--format names a command's output format)\n" + current.err());
  }
}
