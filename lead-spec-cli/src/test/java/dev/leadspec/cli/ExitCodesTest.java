package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Party;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, and the commands at their input boundaries: a typed message and the right code, never a crash. */
class ExitCodesTest {
  private final LeadSpecJson json = LeadSpecJson.standard();

  @TempDir
  Path dir;

  private Path write(String name, Contract contract) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, json.writeContract(contract));
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

  private static Lead lead(int i, Instant deliveredAt) {
    return Lead.builder().id("L-" + i).deliveredAt(deliveredAt).fact("industry", "RETAIL").fact("employees", 40L * i)
        .fact("plans", Answer.YES).build();
  }

  private byte[] leads(int count) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i <= count; i++) {
      bytes.writeBytes(json.writeLead(lead(i, Instant.parse("2026-03-02T10:00:00Z"))));
    }
    return bytes.toByteArray();
  }

  @Test
  void a_bug_is_exit_4_with_a_message_that_says_so_and_where_to_report_it() {
    // given
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

    // when
    int npe = LeadSpecCli.exitCode(new NullPointerException("slot"), stream);
    int oom = LeadSpecCli.exitCode(new OutOfMemoryError("Java heap space"), stream);

    // then
    assertThat(npe).isEqualTo(LeadSpecCli.INTERNAL).isEqualTo(4);
    assertThat(oom).isEqualTo(4);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("internal error, a bug in lead-spec: java.lang.NullPointerException: slot")
        .contains("please report it on " + LeadSpecCli.REPORT).contains("OutOfMemoryError");
  }

  @Test
  void a_typed_input_error_is_exit_3_and_an_unknown_format_is_a_usage_error_exit_2() throws IOException {
    // given
    Path contract = write("contract.json", LeadSpecCliTest.contract(50, false));
    Path leads = dir.resolve("leads.txt");
    Files.write(leads, leads(2));
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"lead-spec.contract/1\", \"id\": 1e999999999}");

    // then
    assertThat(run("evaluate", "--contract", contract.toString(), "--leads-format", "xml", leads.toString()).code()).isEqualTo(2);
    Result unreadable = run("check", "--contract", broken.toString());
    assertThat(unreadable.code()).isEqualTo(3);
    assertThat(unreadable.err()).startsWith("lead-spec: contract " + broken).doesNotContain("Exception");
  }

  @Test
  void check_warns_of_a_contract_without_criteria() throws IOException {
    // given
    Contract none = Contract.builder().id("empty").version(1).title("Nothing asked").effectiveFrom(LocalDate.of(2026, 1, 1))
        .build();

    // when
    Result result = run("check", "--contract", write("none.json", none).toString());

    // then
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("NO_CRITERIA").contains("every lead is accepted");
  }

  @Test
  void verify_reports_a_bad_byte_and_a_carriage_return_as_mismatches_of_their_own_lines_only() throws IOException {
    // given: 20 verdicts, line 5 with a byte that is not UTF-8, line 8 with a carriage return inside
    Path contract = write("contract.json", LeadSpecCliTest.contract(50, false));
    Path leads = dir.resolve("leads.jsonl");
    Files.write(leads, leads(20));
    Path verdicts = dir.resolve("verdicts.jsonl");
    assertThat(run("evaluate", "--contract", contract.toString(), "-o", verdicts.toString(), leads.toString()).code()).isZero();
    List<byte[]> lines = lines(Files.readAllBytes(verdicts));
    byte[] line5 = lines.get(4);
    line5[line5.length / 2] = (byte) 0xFF;
    byte[] line8 = lines.get(7);
    lines.set(7, concat(Arrays.copyOf(line8, 1), new byte[] {'\r'}, Arrays.copyOfRange(line8, 1, line8.length)));
    Files.write(verdicts, join(lines));

    // when
    Result result = run("verify", "--contract", contract.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString());

    // then
    assertThat(result.code()).isEqualTo(1);
    // (the unreadable line names no lead, so lead L-5 is then also without a verdict)
    assertThat(result.out().lines()).satisfiesExactly(
        first -> assertThat(first).startsWith("verdict line 5: line 5, column ").contains("UTF-8"),
        second -> assertThat(second).startsWith("verdict line 8: lead L-8: ").contains("canonical form"),
        third -> assertThat(third).startsWith("lead line 5: lead L-5 has no stored verdict"));
    assertThat(result.err()).isEqualTo("lead-spec: 18 verdicts confirmed, 3 did not match\n");
  }

  @Test
  void verify_pairs_verdicts_by_lead_id_and_names_the_missing_and_extra_ones_without_shifting_the_rest() throws IOException {
    // given: the verdicts of leads 1-10 in another order, the one of lead 4 missing, one of a lead not in the file added
    Path contract = write("contract.json", LeadSpecCliTest.contract(50, false));
    Path leads = dir.resolve("leads.jsonl");
    Files.write(leads, leads(10));
    Path verdicts = dir.resolve("verdicts.jsonl");
    run("evaluate", "--contract", contract.toString(), "-o", verdicts.toString(), leads.toString());
    List<byte[]> lines = lines(Files.readAllBytes(verdicts));
    byte[] stray = new String(lines.get(0), StandardCharsets.UTF_8).replace("\"L-1\"", "\"L-99\"").getBytes(StandardCharsets.UTF_8);
    List<byte[]> shuffled = new ArrayList<>(List.of(lines.get(9), lines.get(0), lines.get(2), stray, lines.get(1), lines.get(4),
        lines.get(5), lines.get(6), lines.get(7), lines.get(8)));
    Files.write(verdicts, join(shuffled));

    // when
    Result result = run("verify", "--contract", contract.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString());

    // then
    assertThat(result.out().lines()).containsExactly(
        "verdict line 4: lead L-99 has no lead in " + leads,
        "lead line 4: lead L-4 has no stored verdict in " + verdicts);
    assertThat(result.err()).isEqualTo("lead-spec: 9 verdicts confirmed, 2 did not match\n");
    assertThat(result.code()).isEqualTo(1);
  }

  @Test
  void verify_takes_a_contract_history_as_evaluate_does() throws IOException {
    // given: two versions, leads delivered under each
    Path v1 = write("v1.json", LeadSpecCliTest.contract(50, false, 1, LocalDate.of(2026, 3, 1)));
    Path v2 = write("v2.json", LeadSpecCliTest.contract(100, false, 2, LocalDate.of(2026, 4, 1)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(json.writeLead(lead(2, Instant.parse("2026-03-10T10:00:00Z"))));
    bytes.writeBytes(json.writeLead(lead(3, Instant.parse("2026-04-10T10:00:00Z"))));
    Path leads = dir.resolve("leads.jsonl");
    Files.write(leads, bytes.toByteArray());
    Path verdicts = dir.resolve("verdicts.jsonl");
    run("evaluate", "--contract", v1.toString(), "--contract", v2.toString(), "-o", verdicts.toString(), leads.toString());

    // when
    Result history = run("verify", "--contract", v1.toString(), "--contract", v2.toString(), "--leads", leads.toString(),
        "--verdicts", verdicts.toString());
    Result latestOnly = run("verify", "--contract", v2.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString());

    // then
    assertThat(history.code()).isZero();
    assertThat(history.err()).isEqualTo("lead-spec: 2 verdicts confirmed, 0 did not match\n");
    assertThat(latestOnly.code()).isEqualTo(1);
  }

  @Test
  void settle_rules_on_a_lead_delivered_near_the_end_of_time_without_a_crash() throws IOException {
    // given
    String plain = new String(json.writeContract(LeadSpecCliTest.contract(50, false)), StandardCharsets.UTF_8);
    Contract windowed = json.readContract(plain.replace("\"priceTable\": \"price\"",
        "\"priceTable\": \"price\", \"challengeWindow\": \"P14D\""));
    assertThat(windowed.terms().challengeWindow()).contains(Duration.ofDays(14));
    Path contract = write("contract.json", windowed);
    Instant end = Instant.parse("+1000000000-12-31T23:00:00Z");
    Path leads = dir.resolve("leads.jsonl");
    Files.write(leads, json.writeLead(lead(1, end)));
    Path challenges = dir.resolve("challenges.jsonl");
    Files.write(challenges, json.writeChallenge(Challenge.builder().leadId("L-1").filedBy(Party.BUYER).filedAt(end)
        .addCitedCriteria("TA-SIZE").statement("too small").build()));

    // when
    Result result = run("settle", "--contract", contract.toString(), "--leads", leads.toString(), "--challenges",
        challenges.toString());

    // then
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("internal error");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("\"L-1\"");
  }

  private static List<byte[]> lines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, i));
        start = i + 1;
      }
    }
    return lines;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      out.writeBytes(line);
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
