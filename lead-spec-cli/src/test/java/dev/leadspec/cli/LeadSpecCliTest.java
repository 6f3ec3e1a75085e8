package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Condition;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.FieldKind;
import dev.leadspec.model.HitPolicy;
import dev.leadspec.model.Money;
import dev.leadspec.model.Operator;
import dev.leadspec.model.Output;
import dev.leadspec.model.Role;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import dev.leadspec.model.Terms;
import dev.leadspec.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadSpecCliTest {

  @TempDir
  Path dir;

  static Contract contract(long minEmployees, boolean gap) {
    return contract(minEmployees, gap, 1, LocalDate.of(2026, 3, 1));
  }

  static Contract contract(long minEmployees, boolean gap, int version, LocalDate effectiveFrom) {
    return Contract.builder().id("it-integrator").version(version).title("Hardware upgrade leads").effectiveFrom(effectiveFrom)
        .addFields(
            Field.builder().name("industry").kind(FieldKind.CHOICE).addCodes("MANUFACTURING", "RETAIL", "FINANCE").build(),
            Field.builder().name("employees").kind(FieldKind.INTEGER).label("Employees").build(),
            Field.builder().name("plans").kind(FieldKind.ANSWER).question("Upgrade within 12 months?").build())
        .addCriteria(
            Criterion.builder().id("TA-IND").title("Industry").role(Role.REQUIRED)
                .condition(new Condition.In("industry", List.of("MANUFACTURING", "RETAIL"), false)).build(),
            Criterion.builder().id("TA-SIZE").title("Size").role(Role.REQUIRED)
                .condition(new Condition.Between("employees", Value.of(minEmployees), Value.of(5000), true, true)).build(),
            Criterion.builder().id("Q-UPGRADE").title("Plans").role(Role.REQUIRED)
                .condition(new Condition.Compare("plans", Operator.EQ, Value.of(Answer.YES))).build())
        .addTables(Table.builder().id("price").hitPolicy(HitPolicy.UNIQUE).complete(true)
            .addRows(Row.of("SMB", new Condition.Between("employees", Value.of(minEmployees), Value.of(gap ? 400 : 499), true, true),
                    Money.of("2500", "RUB")),
                Row.of("ENT", new Condition.Between("employees", Value.of(500), Value.of(5000), true, true), Money.of("4000", "RUB")))
            .build())
        .terms(Terms.builder().priceTable("price").build())
        .build();
  }

  private Path write(String name, Contract contract) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, LeadSpecJson.standard().writeContract(contract));
    return file;
  }

  /** Runs the command; returns exit code, stdout and stderr. */
  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Result(int code, String out, String err) {}

  /** Lead L-i of a retail company of the given size that plans an upgrade, as one JSONL line. */
  private static String leadLine(LeadSpecJson json, int i, long employees) {
    return new String(json.writeLead(dev.leadspec.model.Lead.builder().id("L-" + i)
        .deliveredAt(java.time.Instant.parse("2026-03-02T10:00:00Z")).fact("industry", "RETAIL").fact("employees", employees)
        .fact("plans", Answer.YES).build()), StandardCharsets.UTF_8).strip() + "\n";
  }

  @Test
  void a_csv_batch_with_one_percent_malformed_lines_gives_exactly_one_record_out_per_record_in_in_order() throws IOException {
    // given
    Path contract = write("contract.json", contract(50, false));
    StringBuilder csv = new StringBuilder("id,delivered_at,industry,employees,plans,crm_owner\n");
    int malformed = 0;
    for (int i = 1; i <= 1000; i++) {
      String employees = i % 100 == 0 ? "many" : Integer.toString(30 + i * 7 % 900);
      malformed += i % 100 == 0 ? 1 : 0;
      csv.append("L-").append(i).append(",2026-03-02T10:00:00Z,").append(i % 3 == 0 ? "FINANCE" : "RETAIL").append(',')
          .append(employees).append(',').append(i % 5 == 0 ? "" : "YES").append(",Ivanova\n");
    }
    Path leads = dir.resolve("leads.csv");
    Files.writeString(leads, csv, StandardCharsets.UTF_8);
    Path verdicts = dir.resolve("verdicts.jsonl");

    // when
    Result result = run("evaluate", "--contract", contract.toString(), "--output", verdicts.toString(), leads.toString());

    // then
    List<String> lines = Files.readAllLines(verdicts, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1000);
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if ((i + 1) % 100 == 0) {
        assertThat(lines.get(i)).contains("\"line\":" + (i + 2)).contains("employees");
        errors.add(lines.get(i));
      } else {
        assertThat(lines.get(i)).contains("\"L-" + (i + 1) + "\"");
      }
    }
    assertThat(errors).hasSize(malformed).hasSize(10);
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).startsWith("lead-spec: 1000 records: ").contains(" 10 errors").contains("top reasons: TA-IND=");
  }

  @Test
  void jsonl_leads_are_evaluated_to_stdout_and_a_clean_batch_exits_0() throws IOException {
    Path contract = write("contract.json", contract(50, false));
    Path leads = dir.resolve("leads.jsonl");
    LeadSpecJson json = LeadSpecJson.standard();
    Files.write(leads, (new String(json.writeLead(dev.leadspec.model.Lead.builder().id("L-1")
        .deliveredAt(java.time.Instant.parse("2026-03-02T10:00:00Z")).fact("industry", "RETAIL").fact("employees", 120)
        .fact("plans", Answer.YES).build()), StandardCharsets.UTF_8).strip() + "\n").getBytes(StandardCharsets.UTF_8));
    Result result = run("evaluate", "--contract", contract.toString(), leads.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out().lines()).singleElement().asString().contains("\"ACCEPTED\"").contains("L-1");
    assertThat(result.err()).isEqualTo("lead-spec: 1 records: 1 accepted, 0 rejected, 0 errors; accept rate 100.0 % (1 accepted of 1 decided)\n");
  }

  @Test
  void evaluate_stops_when_the_reader_of_its_output_goes_away_and_says_how_far_it_got() throws IOException {
    // given: 50,000 leads, and an output that fails after 64 KiB, as a pipe into `head` does
    Path contract = write("contract.json", contract(50, false));
    LeadSpecJson json = LeadSpecJson.standard();
    StringBuilder stream = new StringBuilder();
    for (int i = 1; i <= 50_000; i++) {
      stream.append(leadLine(json, i, 30 + i % 900));
    }
    Path leads = dir.resolve("leads.jsonl");
    Files.writeString(leads, stream, StandardCharsets.UTF_8);
    java.io.OutputStream closing = new java.io.OutputStream() {
      private long written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        written += length;
        if (written > 64 << 10) {
          throw new IOException("Broken pipe");
        }
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    // when
    int code = LeadSpecCli.run(new PrintStream(closing, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        "evaluate", "--contract", contract.toString(), leads.toString());

    // then
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(3);
    assertThat(message).startsWith("lead-spec: standard output was closed after ").endsWith(" records; stopped\n");
    long records = Long.parseLong(message.replaceAll("\\D+", " ").trim().split(" ")[0]);
    assertThat(records).isPositive().isLessThan(5_000);
  }

  @Test
  void a_jsonl_stream_of_many_batches_gives_each_records_verdict_or_error_in_input_order_byte_for_byte() throws IOException {
    // given: 12,000 leads, every 97th line not JSON, every 101st with a code the contract does not know
    Contract model = contract(50, false);
    Path contract = write("contract.json", model);
    LeadSpecJson json = LeadSpecJson.standard();
    dev.leadspec.eval.Evaluator evaluator = dev.leadspec.eval.Evaluator.of(model);
    StringBuilder stream = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 12_000; i++) {
      if (i % 97 == 0) {
        stream.append("{\"format\": \"lead-spec.lead/1\", oops\n");
        expected.add("error at line " + i);
        continue;
      }
      dev.leadspec.model.Lead lead = dev.leadspec.model.Lead.builder().id("L-" + i)
          .deliveredAt(java.time.Instant.parse("2026-03-02T10:00:00Z"))
          .fact("industry", i % 101 == 0 ? "MINING" : i % 3 == 0 ? "FINANCE" : "RETAIL").fact("employees", 30 + i * 7 % 900)
          .fact("plans", i % 5 == 0 ? Answer.NO : Answer.YES).build();
      stream.append(new String(json.writeLead(lead), StandardCharsets.UTF_8));
      expected.add(i % 101 == 0 ? "error at line " + i : new String(json.writeVerdict(evaluator.evaluate(lead)), StandardCharsets.UTF_8).strip());
    }
    Path leads = dir.resolve("leads.jsonl");
    Files.writeString(leads, stream, StandardCharsets.UTF_8);
    Path verdicts = dir.resolve("verdicts.jsonl");

    // when
    Result result = run("evaluate", "--contract", contract.toString(), "-o", verdicts.toString(), leads.toString());

    // then
    List<String> lines = Files.readAllLines(verdicts, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(expected.size());
    for (int i = 0; i < lines.size(); i++) {
      if (expected.get(i).startsWith("error at line ")) {
        assertThat(lines.get(i)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":" + (i + 1) + ",");
      } else {
        assertThat(lines.get(i)).as("line %s", i + 1).isEqualTo(expected.get(i));
      }
    }
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).startsWith("lead-spec: 12000 records: ").contains(" 240 errors");
  }

  @Test
  void a_missing_file_or_an_output_that_cannot_be_written_is_exit_3_with_a_message_that_names_it() throws IOException {
    // given
    Path contract = write("contract.json", contract(50, false));
    Path leads = dir.resolve("leads.jsonl");
    Files.writeString(leads, leadLine(LeadSpecJson.standard(), 1, 120), StandardCharsets.UTF_8);
    Path nowhere = dir.resolve("no-such-dir").resolve("verdicts.jsonl");

    // when
    Result missingLeads = run("evaluate", "--contract", contract.toString(), dir.resolve("missing.jsonl").toString());
    Result missingContract = run("evaluate", "--contract", dir.resolve("missing.json").toString(), leads.toString());
    Result unwritable = run("evaluate", "--contract", contract.toString(), "-o", nowhere.toString(), leads.toString());

    // then
    assertThat(missingLeads.code()).isEqualTo(3);
    assertThat(missingLeads.err()).isEqualTo("lead-spec: no such file or directory: " + dir.resolve("missing.jsonl") + "\n");
    assertThat(missingContract.code()).isEqualTo(3);
    assertThat(missingContract.err())
        .isEqualTo("lead-spec: cannot read contract " + dir.resolve("missing.json") + ": no such file or directory\n");
    assertThat(unwritable.code()).isEqualTo(3);
    assertThat(unwritable.err()).isEqualTo("lead-spec: no such file or directory: " + nowhere + "\n");
  }

  @Test
  void evaluate_with_a_history_judges_each_lead_by_the_version_that_governed_it_at_delivery() throws IOException {
    // given: v1 from March asks for 50 employees, v2 from April for 40; leads of 45 employees
    Path v1 = write("v1.json", contract(50, false));
    Path v2 = write("v2.json", contract(40, false, 2, LocalDate.of(2026, 4, 1)));
    LeadSpecJson json = LeadSpecJson.standard();
    StringBuilder lines = new StringBuilder();
    for (String delivered : List.of("2026-03-31T23:59:59Z", "2026-04-01T00:00:00Z", "2026-02-27T12:00:00Z")) {
      lines.append(new String(json.writeLead(dev.leadspec.model.Lead.builder().id("L-" + delivered.substring(5, 10))
          .deliveredAt(java.time.Instant.parse(delivered)).fact("industry", "RETAIL").fact("employees", 45)
          .fact("plans", Answer.YES).build()), StandardCharsets.UTF_8));
    }
    Path leads = dir.resolve("leads.jsonl");
    Files.writeString(leads, lines, StandardCharsets.UTF_8);

    // when: the versions given in any order
    Result result = run("evaluate", "--contract", v2.toString(), "--contract", v1.toString(), leads.toString());

    // then
    List<String> out = result.out().lines().toList();
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).contains("\"L-03-31\"").contains("\"version\":1,").contains("\"REJECTED\"");
    assertThat(out.get(1)).contains("\"L-04-01\"").contains("\"version\":2,").contains("\"ACCEPTED\"");
    assertThat(out.get(2)).startsWith("{\"format\":\"lead-spec.error/1\",\"line\":3,").contains("L-02-27")
        .contains("before it-integrator v1 took effect (2026-03-01T00:00:00Z); no version of it-integrator governs it");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("lead-spec: 3 records: 1 accepted, 1 rejected, 1 errors; accept rate 50.0 % (1 accepted of 2 decided); "
        + "top reasons: TA-SIZE=1\n");
  }

  @Test
  void verify_confirms_stored_verdicts_and_names_a_tampered_one() throws IOException {
    // given
    Path contract = write("contract.json", contract(50, false));
    LeadSpecJson json = LeadSpecJson.standard();
    StringBuilder leadLines = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      leadLines.append(leadLine(json, i, 40 * i));
    }
    Path leads = dir.resolve("leads.jsonl");
    Files.writeString(leads, leadLines, StandardCharsets.UTF_8);
    Path verdicts = dir.resolve("verdicts.jsonl");
    run("evaluate", "--contract", contract.toString(), "-o", verdicts.toString(), leads.toString());

    // when
    Result confirmed = run("verify", "--contract", contract.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString());
    Files.writeString(verdicts, Files.readString(verdicts).replaceFirst("\"REJECTED\"", "\"ACCEPTED\""));
    Result tampered = run("verify", "--contract", contract.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString());

    // then
    assertThat(confirmed.code()).isZero();
    assertThat(confirmed.err()).isEqualTo("lead-spec: 3 verdicts confirmed, 0 did not match\n");
    assertThat(tampered.code()).isEqualTo(1);
    assertThat(tampered.out()).startsWith("verdict line 1: ").contains("L-1").contains("outcome");
  }

  @Test
  void check_fails_on_a_gap_and_passes_a_total_table() throws IOException {
    Result good = run("check", "--contract", write("good.json", contract(50, false)).toString());
    Result gap = run("check", "--contract", write("gap.json", contract(50, true)).toString());
    assertThat(good.code()).isZero();
    assertThat(gap.code()).isEqualTo(1);
    assertThat(gap.out()).contains("TABLE_GAP");
    assertThat(gap.err()).contains("it-integrator v1:").contains("errors");
  }

  @Test
  void diff_shows_what_an_amendment_changes_and_exits_1_only_when_verdicts_differ() throws IOException {
    Path v1 = write("v1.json", contract(50, false));
    Path v2 = write("v2.json", contract(40, false));
    Result changed = run("diff", v1.toString(), v2.toString());
    Result same = run("diff", v1.toString(), v1.toString());
    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out()).contains("40").contains("49");
    assertThat(same.code()).isZero();
    assertThat(same.out()).contains("No lead gets another verdict.");
  }

  @Test
  void render_prints_the_appendix_in_the_language_asked() throws IOException {
    Path contract = write("contract.json", contract(50, false));
    assertThat(run("render", "--contract", contract.toString()).out()).startsWith("# Hardware upgrade leads\n")
        .contains("Employees: between 50 and 5,000 inclusive");
    assertThat(run("render", "--contract", contract.toString(), "--language", "RU").out())
        .contains("Employees: от 50 до 5\u00a0000 включительно");
  }

  @Test
  void every_command_has_help_and_the_tool_has_a_version() {
    for (String command : List.of("evaluate", "check", "render", "settle", "diff", "verify")) {
      Result help = run(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: lead-spec " + command).contains("Exit codes:");
    }
    assertThat(run("--version").out()).startsWith("lead-spec ");
    assertThat(run("--help").out()).contains("evaluate").contains("verify").contains("3   could not run");
  }

  @Test
  void an_invalid_contract_file_is_exit_3_with_a_message_and_a_bad_option_is_exit_2() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"nope\"}");
    Result result = run("check", "--contract", broken.toString());
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).startsWith("lead-spec: contract " + broken);
    assertThat(run("check", "--no-such-option").code()).isEqualTo(2);
    assertThat(run("check", "--contract", dir.resolve("missing.json").toString()).code()).isEqualTo(3);
  }
}
