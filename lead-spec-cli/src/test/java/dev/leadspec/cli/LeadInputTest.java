package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadInputTest {
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

  private Path contract() throws IOException {
    Path file = dir.resolve("contract.json");
    Files.write(file, LeadSpecJson.standard().writeContract(LeadSpecCliTest.contract(50, false)));
    return file;
  }

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The repository root, from the module directory or the root itself. */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
  }

  @Test
  void a_typo_in_a_mapping_is_exit_2_before_any_output_naming_each_problem_and_the_columns_that_exist() throws IOException {
    // given
    Path contract = contract();
    Path leads = file("leads.csv", "id,delivered_at,Industry,staff,plans\nL-1,2026-03-02T10:00:00Z,RETAIL,120,YES\n");
    Path verdicts = dir.resolve("verdicts.jsonl");

    // when
    Result result = run("evaluate", "--contract", contract.toString(), "--map", "Industri=industry", "--map", "staff=employes",
        "-o", verdicts.toString(), leads.toString());

    // then
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(verdicts).doesNotExist();
    assertThat(result.err()).isEqualTo("lead-spec: mapping: 3 problems:\n"
        + "  - column \"staff\": field \"employes\" is not declared by it-integrator v1 (did you mean \"employees\"?); "
        + "fields: [industry, employees, plans]\n"
        + "  - column \"Industri\" is not in the header (did you mean \"Industry\"?)\n"
        + "  - field \"employees\" has no column (map one to it, or allow it to be unmapped)\n"
        + "  the header's columns: [id, delivered_at, Industry, staff, plans]\n");
  }

  @Test
  void a_wrong_separator_and_a_missing_id_column_are_exit_2_and_a_field_absent_on_purpose_is_allowed() throws IOException {
    Path contract = contract();
    Path semicolons = file("semi.csv", "id;delivered_at;industry;employees;plans\nL-1;2026-03-02T10:00:00Z;RETAIL;120;YES\n");
    Path noPlans = file("no-plans.csv", "id,delivered_at,industry,employees\nL-1,2026-03-02T10:00:00Z,RETAIL,120\n");

    Result wrongSeparator = run("evaluate", "--contract", contract.toString(), semicolons.toString());
    Result missingId = run("evaluate", "--contract", contract.toString(), "--id-column", "lead_id", "--allow-unmapped", "plans",
        noPlans.toString());
    Result unmapped = run("evaluate", "--contract", contract.toString(), noPlans.toString());
    Result allowed = run("evaluate", "--contract", contract.toString(), "--allow-unmapped", "plans", noPlans.toString());

    assertThat(wrongSeparator.code()).isEqualTo(2);
    assertThat(wrongSeparator.err()).contains("the header is one column, \"id;delivered_at;industry;employees;plans\", "
        + "split at ','; is the separator ';'?");
    assertThat(missingId.code()).isEqualTo(2);
    assertThat(missingId.err()).isEqualTo("lead-spec: mapping: id column \"lead_id\" is not in the header; "
        + "the header's columns: [id, delivered_at, industry, employees]\n");
    assertThat(unmapped.code()).isEqualTo(2);
    assertThat(unmapped.err()).contains("field \"plans\" has no column");
    assertThat(allowed.code()).isZero();
    assertThat(allowed.out()).contains("\"L-1\"").contains("REJECTED");
  }

  @Test
  void a_mapping_document_cleans_up_a_hosts_values_the_same_way_as_the_options() throws IOException {
    // given: codes written in any case, with spaces, an alias, a token meaning unknown in one column, a date-only delivery
    Path contract = contract();
    Path leads = file("leads.csv", "Lead,Created,Sector,Staff,Plans,Notes\n"
        + "A-1,2026-03-02, retail ,120,yes,n/a\n"
        + "A-2,2026-03-02,Manufacturing,600,y,\n"
        + "A-3,2026-03-02,n/a,600,YES,x\n"
        + "A-4,2026-03-02,Banking,600,YES,x\n");
    Path mapping = file("mapping.json", "{\"$schema\": \"../schemas/mapping.schema.json\", \"format\": \"lead-spec.mapping/1\","
        + " \"idColumn\": \"Lead\", \"deliveredAtColumn\": \"Created\", \"trim\": true,"
        + " \"columns\": {\"Sector\": {\"field\": \"industry\", \"ignoreCase\": true, \"unknown\": [\"n/a\"]},"
        + " \"Staff\": {\"field\": \"employees\"}, \"Plans\": {\"field\": \"plans\", \"aliases\": {\"y\": \"YES\"}}}}");

    // when
    Result result = run("evaluate", "--contract", contract.toString(), "--mapping", mapping.toString(), leads.toString());

    // then
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("\"A-1\"").contains("\"ACCEPTED\"");
    assertThat(lines.get(1)).contains("\"A-2\"").contains("\"ACCEPTED\"");
    assertThat(lines.get(2)).contains("\"A-3\"").contains("\"REJECTED\"").contains("TA-IND");
    assertThat(lines.get(3)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":5,").contains("A-4").contains("Banking");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).startsWith("lead-spec: 4 records: 2 accepted, 1 rejected, 1 errors; accept rate 66.7 % "
        + "(2 accepted of 3 decided)");
  }

  @Test
  void a_mapping_with_an_alias_to_a_code_the_field_lacks_is_exit_2_before_the_leads_are_read() throws IOException {
    Path contract = contract();
    Path mapping = file("mapping.json", "{\"format\": \"lead-spec.mapping/1\", \"columns\": {\"industry\": "
        + "{\"aliases\": {\"shop\": \"RETAILS\"}}, \"employees\": {\"otherwise\": \"OTHER\"}}}");

    Result result = run("evaluate", "--contract", contract.toString(), "--mapping", mapping.toString(),
        dir.resolve("never-read.csv").toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("lead-spec: mapping: 2 problems:\n"
        + "  - column \"industry\" (field \"industry\", a choice): alias \"shop\" -> \"RETAILS\" is not a declared code "
        + "(did you mean \"RETAIL\"?); codes: [MANUFACTURING, RETAIL, FINANCE]\n"
        + "  - column \"employees\" (field \"employees\", an integer): a catch-all (otherwise) needs a choice or choices field\n");
  }

  @Test
  void a_second_lead_with_an_id_already_seen_is_an_error_record_in_jsonl_and_csv_alike() throws IOException {
    Path contract = contract();
    LeadSpecJson json = LeadSpecJson.standard();
    StringBuilder jsonl = new StringBuilder();
    for (String id : new String[] {"L-1", "L-2", "L-1"}) {
      jsonl.append(new String(json.writeLead(Lead.builder().id(id).deliveredAt(Instant.parse("2026-03-02T10:00:00Z"))
          .fact("industry", "RETAIL").fact("employees", 120).fact("plans", Answer.YES).build()), StandardCharsets.UTF_8));
    }
    Path jsonlLeads = file("leads.jsonl", jsonl.toString());
    Path csvLeads = file("leads.csv", "id,delivered_at,industry,employees,plans\n"
        + "L-1,2026-03-02T10:00:00Z,RETAIL,120,YES\nL-2,2026-03-02T10:00:00Z,RETAIL,120,YES\n"
        + "L-1,2026-03-02T10:00:00Z,RETAIL,120,YES\n");

    for (Path leads : List.of(jsonlLeads, csvLeads)) {
      Result result = run("evaluate", "--contract", contract.toString(), leads.toString());

      List<String> lines = result.out().lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(lines.get(2)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":" + (leads == csvLeads ? 4 : 3) + ",")
          .contains("\"lead\":\"L-1\"").contains("duplicate lead id");
      assertThat(result.code()).isEqualTo(1);
      assertThat(result.err()).startsWith("lead-spec: 3 records: 2 accepted, 0 rejected, 1 errors");
    }
  }

  @Test
  void a_stray_quote_in_a_csv_costs_one_error_record_with_its_line_and_every_other_record_is_evaluated() throws IOException {
    Path contract = contract();
    Path leads = file("leads.csv", "\uFEFFid,delivered_at,industry,employees,plans\n"
        + "L-1,2026-03-02T10:00:00Z,RETAIL,120,YES\n"
        + "L-2,2026-03-02T10:00:00Z,\"RET\"AIL\",120,YES\n"
        + "L-3,2026-03-02T10:00:00Z,RETAIL,120,YES\n");

    Result result = run("evaluate", "--contract", contract.toString(), leads.toString());

    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"L-1\"").contains("ACCEPTED");
    assertThat(lines.get(1)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":3,").contains("not doubled");
    assertThat(lines.get(2)).contains("\"L-3\"").contains("ACCEPTED");
    assertThat(result.code()).isEqualTo(1);
  }

  @Test
  void settle_and_verify_read_csv_leads_with_the_same_mapping_as_evaluate() throws IOException {
    Path contract = contract();
    Path leads = file("leads.csv", "Lead,delivered_at,industry,employees,plans\n"
        + "L-1,2026-03-02T10:00:00Z,RETAIL,120,YES\nL-2,2026-03-02T10:00:00Z,RETAIL,20,YES\n");
    Path verdicts = dir.resolve("verdicts.jsonl");
    Path challenges = file("challenges.jsonl", "");

    Result evaluate = run("evaluate", "--contract", contract.toString(), "--id-column", "Lead", "-o", verdicts.toString(),
        leads.toString());
    Result verify = run("verify", "--contract", contract.toString(), "--id-column", "Lead", "--leads", leads.toString(),
        "--verdicts", verdicts.toString());
    Result settle = run("settle", "--contract", contract.toString(), "--id-column", "Lead", "--leads", leads.toString(),
        "--challenges", challenges.toString());
    Result badMapping = run("verify", "--contract", contract.toString(), "--leads", leads.toString(), "--id-column", "Leed",
        "--verdicts", verdicts.toString());

    assertThat(evaluate.code()).isZero();
    assertThat(verify.code()).isZero();
    assertThat(verify.err()).isEqualTo("lead-spec: 2 verdicts confirmed, 0 did not match\n");
    assertThat(settle.code()).isZero();
    assertThat(settle.err()).contains("1 of 2 leads billable");
    assertThat(badMapping.code()).isEqualTo(2);
    assertThat(badMapping.err()).contains("id column \"Leed\" is not in the header (did you mean \"Lead\"?)");
  }

  @Test
  void the_example_mappings_read_the_real_exports_they_were_written_for() throws IOException {
    Path data = root().resolve("../shared/data").normalize();
    assumeTrue(Files.isDirectory(data.resolve("x-education-leads")) && Files.isDirectory(data.resolve("olist-marketing-funnel")),
        "the real exports are not beside the repository (../shared/data); skipped");
    Path examples = root().resolve("docs/examples");

    Result education = run("evaluate", "--contract", examples.resolve("x-education.contract.json").toString(), "--mapping",
        examples.resolve("x-education.mapping.json").toString(), "-o", dir.resolve("x.jsonl").toString(),
        data.resolve("x-education-leads/Leads.csv").toString());
    Result olist = run("evaluate", "--contract", examples.resolve("olist-closed-deals.contract.json").toString(), "--mapping",
        examples.resolve("olist-closed-deals.mapping.json").toString(), "-o", dir.resolve("o.jsonl").toString(),
        data.resolve("olist-marketing-funnel/olist_closed_deals_dataset.csv").toString());

    assertThat(education.err()).startsWith("lead-spec: 9240 records: ").contains(" 0 errors");
    assertThat(education.code()).isZero();
    assertThat(olist.err()).startsWith("lead-spec: 842 records: ").contains(" 0 errors");
    assertThat(olist.code()).isZero();
    assertThat(Files.readString(dir.resolve("o.jsonl")).contains("{\"field\":\"profile\",\"known\":true,\"value\":[\"cat\",\"wolf\"]}"))
        .as("a lead of profile \"cat, wolf\" has both codes").isTrue();
  }

  /** The first block of the given language on a page of the user guide. */
  private static String block(String page, String language) throws IOException {
    String text = Files.readString(root().resolve("docs").resolve(page));
    int start = text.indexOf("```" + language + "\n") + language.length() + 4;
    return text.substring(start, text.indexOf("```", start));
  }

  @Test
  void the_worked_example_of_the_mapping_guide_gives_the_verdicts_the_guide_states() throws IOException {
    // given: the page's CSV and mapping, and the contract it names
    Path leads = file("leads.csv", block("mapping.md", "csv"));
    Path mapping = file("mapping.json", block("mapping.md", "json"));

    // when
    Result result = run("evaluate", "--contract", root().resolve("docs/examples/x-education.contract.json").toString(),
        "--mapping", mapping.toString(), leads.toString());

    // then
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("\"7927b2df\"").contains("\"reasons\":[\"TA-SOURCE\",\"TA-ENGAGED\"]");
    assertThat(lines.get(1)).contains("\"2a272436\"").contains("\"ACCEPTED\"");
    assertThat(lines.get(2)).contains("\"8cc8c611\"").contains("\"reasons\":[\"TA-OCCUPATION\"]");
    assertThat(lines.get(3)).contains("\"0cc2df48\"").contains("\"reasons\":[\"TA-SOURCE\",\"DQ-NO-EMAIL\"]");
    assertThat(result.code()).isZero();
  }

  @Test
  void the_mapping_guide_shows_the_problems_a_typo_really_gives() throws IOException {
    Path contract = contract();
    Path leads = file("leads.csv", "id,delivered_at,Industry,staff,plans\nL-1,2026-03-02T10:00:00Z,RETAIL,120,YES\n");

    Result result = run("evaluate", "--contract", contract.toString(), "--map", "Industri=industry", "--map", "staff=employes",
        leads.toString());

    assertThat(result.err()).isEqualTo(block("mapping.md", "text"));
  }

  /** The first block of the given language after a heading of a page of the user guide. */
  private static String block(String page, String heading, String language) throws IOException {
    String text = Files.readString(root().resolve("docs").resolve(page));
    int at = text.indexOf(heading);
    assertThat(at).as(heading + " in " + page).isNotNegative();
    int start = text.indexOf("```" + language + "\n", at) + language.length() + 4;
    return text.substring(start, text.indexOf("```", start));
  }

  /** A shell command line's words: double quotes group, a backslash before a line break continues it. */
  private static List<String> words(String command) {
    List<String> words = new java.util.ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    String text = command.replace("\\\n", " ");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = (word == null ? new StringBuilder() : word).append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void the_mapping_guides_print_mapping_example_prints_the_document_the_guide_shows() throws IOException {
    // given: the page's command, run from the repository's root, without its redirection
    List<String> words = words(block("mapping.md", "### From options to a mapping file", "bash"));
    assertThat(words.subList(0, 3)).containsExactly("java", "-jar", "lead-spec.jar");
    List<String> args = new java.util.ArrayList<>();
    for (String word : words.subList(3, words.indexOf(">"))) {
      args.add(word.startsWith("docs/") ? root().resolve(word).toString() : word);
    }

    // when
    Result result = run(args.toArray(String[]::new));

    // then
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).isEqualTo(block("mapping.md", "### From options to a mapping file", "json"));
  }

  @Test
  void a_jsonl_fact_of_the_wrong_kind_is_an_error_record_with_its_line_lead_and_field_as_a_csv_cell_that_does_not_parse()
      throws IOException {
    // given: employees is an integer; the JSONL leads write it as a string and as a decimal, the CSV row as a word
    Path contract = contract();
    String lead = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-%s\",\"deliveredAt\":\"2026-03-02T10:00:00Z\","
        + "\"facts\":{\"industry\":\"RETAIL\",\"employees\":%s,\"plans\":\"YES\"}}\n";
    Path jsonl = file("leads.jsonl", String.format(java.util.Locale.ROOT, lead, 1, "120")
        + String.format(java.util.Locale.ROOT, lead, 2, "\"120\"") + String.format(java.util.Locale.ROOT, lead, 3, "6.5"));
    Path csv = file("leads.csv", "id,delivered_at,industry,employees,plans\nL-1,2026-03-02T10:00:00Z,RETAIL,120,YES\n"
        + "L-2,2026-03-02T10:00:00Z,RETAIL,many,YES\n");

    // when
    List<String> fromJsonl = run("evaluate", "--contract", contract.toString(), jsonl.toString()).out().lines().toList();
    List<String> fromCsv = run("evaluate", "--contract", contract.toString(), csv.toString()).out().lines().toList();

    // then: one verdict, then an error record in each bad lead's place, naming its line, the lead and the field
    assertThat(fromJsonl).hasSize(3);
    assertThat(fromJsonl.get(0)).contains("\"outcome\":\"ACCEPTED\"");
    assertThat(fromJsonl.get(1)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":2,").contains("\"lead\":\"L-2\"")
        .contains("$.facts.employees: integer 120 is written as a string");
    assertThat(fromJsonl.get(2)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":3,").contains("\"lead\":\"L-3\"")
        .contains("field \\\"employees\\\" expects an integer, but was given a decimal 6.5");
    assertThat(fromCsv).hasSize(2);
    assertThat(fromCsv.get(1)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":3,").contains("\"lead\":\"L-2\"")
        .contains("field \\\"employees\\\" expects an integer").contains("\\\"many\\\"");
  }

  @Test
  void a_mapping_file_that_is_missing_or_no_mapping_document_is_named_as_before() throws IOException {
    // given
    Path contract = contract();
    Path leads = file("leads.csv", "id,delivered_at,industry,employees,plans\nL-1,2026-03-02T10:00:00Z,RETAIL,120,YES\n");
    Path typo = file("typo.mapping.json", "{\"format\": \"lead-spec.mapping/1\", \"separatr\": \";\"}\n");

    // when
    Result missing = run("evaluate", "--contract", contract.toString(), "--mapping", dir.resolve("none.json").toString(),
        leads.toString());
    Result wrong = run("evaluate", "--contract", contract.toString(), "--mapping", typo.toString(), leads.toString());

    // then
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("cannot read mapping " + dir.resolve("none.json") + ": no such file or directory");
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains(typo + ": ").contains("separatr");
    assertThat(wrong.out()).isEmpty();
  }
}
