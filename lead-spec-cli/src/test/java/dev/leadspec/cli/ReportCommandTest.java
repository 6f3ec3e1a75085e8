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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final LeadSpecJson JSON = LeadSpecJson.standard();

  @TempDir
  Path dir;

  private Path contract;
  private Path leads;
  private final List<Lead> delivered = new ArrayList<>();

  @BeforeEach
  void batch() throws IOException {
    Contract v1 = LeadSpecCliTest.contract(50, false);
    contract = dir.resolve("contract.json");
    Files.write(contract, JSON.writeContract(v1));
    String[] industries = {"MANUFACTURING", "RETAIL", "FINANCE"};
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (int i = 0; i < 12; i++) {
      Lead lead = Lead.builder().id(String.format(Locale.ROOT, "L-%02d", i + 1))
          .deliveredAt(Instant.parse("2026-03-02T09:00:00Z").plus(Duration.ofHours(7L * i)))
          .fact("industry", industries[i % 3]).fact("employees", 40 + 90L * i).fact("plans", i % 4 == 3 ? Answer.NO : Answer.YES)
          .build();
      delivered.add(lead);
      lines.write(JSON.writeLead(lead));
      lines.write('\n');
    }
    leads = dir.resolve("leads.jsonl");
    Files.write(leads, lines.toByteArray());
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Result(int code, String out, String err) {}

  private Path verdicts() throws IOException {
    Result evaluated = run("evaluate", "--contract", contract.toString(), leads.toString());
    assertThat(evaluated.code()).isZero();
    Path file = dir.resolve("verdicts.jsonl");
    Files.writeString(file, evaluated.out(), StandardCharsets.UTF_8);
    return file;
  }

  private Path challenges(String... leadIds) throws IOException {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (String id : leadIds) {
      lines.write(JSON.writeChallenge(Challenge.builder().leadId(id).filedBy(Party.BUYER)
          .filedAt(Instant.parse("2026-03-05T12:00:00Z")).addCitedCriteria("SAME-BRAND").statement("Not the same brand.").build()));
      lines.write('\n');
    }
    Path file = dir.resolve("challenges.jsonl");
    Files.write(file, lines.toByteArray());
    return file;
  }

  @Test
  void report_writes_one_html_page_of_the_confirmed_verdicts_and_the_rulings() throws IOException {
    // given
    Path verdicts = verdicts();
    Path challenges = challenges("L-02", "L-05");
    Path page = dir.resolve("report.html");

    // when
    Result result = run("report", "--contract", contract.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString(),
        "--challenges", challenges.toString(), "-o", page.toString());

    // then
    assertThat(result.code()).as(result.err()).isZero();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("data-measure=\"total.leads\" data-value=\"12\"",
        "data-measure=\"total.challengesDismissed.OUT_OF_CONTRACT\" data-value=\"2\"", "<code>it-integrator</code>");
    assertThat(result.err()).startsWith("lead-spec: report of 12 leads, ").contains("2 challenges", "written to " + page);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void report_in_russian_goes_to_standard_output_without_an_output_file() {
    Result result = run("report", "--contract", contract.toString(), "--leads", leads.toString(), "--language", "RU");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">").contains("Акт по лидам");
  }

  @Test
  void a_stored_verdict_of_another_contract_is_exit_3_naming_it_and_no_page_is_written() throws IOException {
    // given: a verdict by another contract replaces the first line
    Path verdicts = verdicts();
    List<String> lines = new ArrayList<>(Files.readAllLines(verdicts, StandardCharsets.UTF_8));
    lines.set(0, lines.get(0).replace("\"id\":\"it-integrator\"", "\"id\":\"another-contract\""));
    Files.write(verdicts, lines, StandardCharsets.UTF_8);
    Path page = dir.resolve("report.html");

    // when
    Result result = run("report", "--contract", contract.toString(), "--leads", leads.toString(), "--verdicts", verdicts.toString(),
        "-o", page.toString());

    // then
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).contains("verdicts " + verdicts + ": 2 problems, no page written: line 1: lead L-01: another-contract v1 "
        + "is not a version of it-integrator; lead L-01 has no stored verdict");
    assertThat(page).doesNotExist();
  }

  @Test
  void a_challenge_against_a_lead_without_a_verdict_is_exit_3_naming_the_lead_and_no_page_is_written() throws IOException {
    // given
    Path challenges = challenges("L-03", "L-99");
    Path page = dir.resolve("report.html");

    // when
    Result result = run("report", "--contract", contract.toString(), "--leads", leads.toString(), "--challenges",
        challenges.toString(), "-o", page.toString());

    // then
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).contains("1 challenge names a lead without a verdict: L-99; no page written");
    assertThat(page).doesNotExist();
  }

  private Path settled(String... leadIds) throws IOException {
    Path rulings = dir.resolve("rulings.jsonl");
    Result settle = run("settle", "--contract", contract.toString(), "--leads", leads.toString(), "--challenges",
        challenges(leadIds).toString(), "-o", rulings.toString());
    assertThat(settle.code()).as(settle.err()).isZero();
    return rulings;
  }

  @Test
  void stored_rulings_are_confirmed_by_ruling_again_and_shown() throws IOException {
    // given
    Path rulings = settled("L-02", "L-05", "L-07");
    Path page = dir.resolve("report.html");

    // when
    Result result = run("report", "--contract", contract.toString(), "--leads", leads.toString(), "--rulings", rulings.toString(),
        "-o", page.toString());

    // then
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .contains("data-measure=\"total.challengesDismissed.OUT_OF_CONTRACT\" data-value=\"3\"");
  }

  @Test
  void a_ruling_on_a_lead_without_a_verdict_or_a_tampered_ruling_is_exit_3_naming_them_and_no_page_is_written() throws IOException {
    // given: the leads without L-02, and L-05's ruling turned into an upheld one
    Path rulings = settled("L-02", "L-05");
    List<String> lines = new ArrayList<>(Files.readAllLines(rulings, StandardCharsets.UTF_8));
    lines.set(1, lines.get(1).replace("\"decision\":\"DISMISSED\"", "\"decision\":\"UPHELD\""));
    Files.write(rulings, lines, StandardCharsets.UTF_8);
    List<String> fewer = new ArrayList<>(Files.readAllLines(leads, StandardCharsets.UTF_8));
    assertThat(fewer.removeIf(line -> line.contains("\"L-02\""))).isTrue();
    Files.write(leads, fewer, StandardCharsets.UTF_8);
    Path page = dir.resolve("report.html");

    // when
    Result result = run("report", "--contract", contract.toString(), "--leads", leads.toString(), "--rulings", rulings.toString(),
        "-o", page.toString());

    // then
    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).contains("rulings " + rulings + ": 1 ruling on a lead without a verdict: L-02; line 2: lead L-05: "
        + "the stored ruling is not the one the contract gives (DISMISSED, OUT_OF_CONTRACT); no page written");
    assertThat(page).doesNotExist();
  }

  @Test
  void challenges_and_rulings_together_are_a_usage_error() throws IOException {
    Path rulings = settled("L-02");

    Result result = run("report", "--contract", contract.toString(), "--leads", leads.toString(), "--rulings", rulings.toString(),
        "--challenges", challenges("L-02").toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--challenges and --rulings exclude each other");
  }

  @Test
  void report_has_help_that_names_its_exit_codes() {
    Result result = run("report", "--help");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("--verdicts", "--challenges", "--rulings", "--language", "Exit codes:", "  3 ");
  }
}
