package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.cli.LeadSpecCli;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSource;
import dev.leadspec.json.LeadSpecJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UCI Bank Marketing calls (CC BY 4.0, Moro et al. 2011) under the bank's contract. */
class BankTelemarketingTest {

  static final String DATA = "bank/bank.csv";
  static final String CONTRACT_JSON = "bank/bank-telemarketing.contract.json";

  private static List<String> rawLines() throws IOException {
    try (InputStream in = Objects.requireNonNull(BankTelemarketing.class.getResourceAsStream(DATA), DATA)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** The contract written out by hand over the raw columns, independently of lead-spec: reasons per line. */
  private static Map<Integer, String> oracle() throws IOException {
    List<String> lines = rawLines();
    Map<Integer, String> reasons = new LinkedHashMap<>();
    List<String> okJobs = List.of("admin.", "blue-collar", "entrepreneur", "management", "self-employed", "services", "technician");
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).replace("\"", "").split(";");
      StringBuilder failed = new StringBuilder();
      int age = Integer.parseInt(c[0]);
      if (age < 25 || age > 60) {
        failed.append(" TA-AGE");
      }
      if (!okJobs.contains(c[1])) {
        failed.append(" TA-JOB");
      }
      if (Integer.parseInt(c[5]) < 500) {
        failed.append(" TA-BALANCE");
      }
      if (c[4].equals("yes")) {
        failed.append(" DQ-DEFAULT");
      }
      if (Integer.parseInt(c[14]) >= 1) {
        failed.append(" DQ-PRIOR");
      }
      if (!c[16].equals("yes")) {
        failed.append(" Q-SUBSCRIBE");
      }
      reasons.put(i + 1, failed.toString().trim());
    }
    return reasons;
  }

  @Test
  void every_one_of_the_4521_calls_gets_the_verdict_the_contract_says() throws IOException {
    // given
    Map<Integer, String> expected = oracle();
    Evaluator evaluator = Evaluator.of(BankTelemarketing.CONTRACT);

    // when
    int records = 0;
    int accepted = 0;
    try (InputStream in = Objects.requireNonNull(BankTelemarketing.class.getResourceAsStream(DATA))) {
      for (LeadSource.Record record : BankTelemarketing.csv().read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        records++;
        Verdict verdict = evaluator.evaluate(record.lead().orElseThrow());
        List<String> ids = verdict.isAccepted() ? List.of() : verdict.reasons().stream().map(CriterionResult::criterionId).toList();
        assertThat(String.join(" ", ids)).as("line %s: %s", record.line(), verdict).isEqualTo(expected.get((int) record.line()));
        accepted += verdict.isAccepted() ? 1 : 0;
      }
    }

    // then
    assertThat(records).isEqualTo(4521);
    assertThat(accepted).isEqualTo((int) expected.values().stream().filter(String::isEmpty).count()).isPositive();
  }

  @Test
  void an_unknown_job_is_an_unknown_fact_and_rejects_for_the_job_criterion_as_unknown() throws IOException {
    Evaluator evaluator = Evaluator.of(BankTelemarketing.CONTRACT);
    try (InputStream in = Objects.requireNonNull(BankTelemarketing.class.getResourceAsStream(DATA))) {
      for (LeadSource.Record record : BankTelemarketing.csv().read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        if (record.lead().orElseThrow().fact("job").isEmpty()) {
          CriterionResult job = evaluator.evaluate(record.lead().orElseThrow()).result("TA-JOB").orElseThrow();
          assertThat(job.status()).isEqualTo(dev.leadspec.model.Status.UNKNOWN);
          assertThat(job.decisive()).isTrue();
          return;
        }
      }
    }
    throw new AssertionError("the sample has calls with job \"unknown\"");
  }

  @Test
  void the_committed_contract_file_is_exactly_the_dsl_contract() throws IOException {
    try (InputStream in = Objects.requireNonNull(BankTelemarketing.class.getResourceAsStream(CONTRACT_JSON), CONTRACT_JSON)) {
      byte[] committed = in.readAllBytes();
      if (Boolean.getBoolean("leadspec.updateGoldens")) {
        Files.write(Path.of("src/main/resources/dev/leadspec/examples", CONTRACT_JSON),
            LeadSpecJson.standard().writeContract(BankTelemarketing.CONTRACT));
        return;
      }
      assertThat(new String(committed, StandardCharsets.UTF_8))
          .isEqualTo(new String(LeadSpecJson.standard().writeContract(BankTelemarketing.CONTRACT), StandardCharsets.UTF_8));
      assertThat(LeadSpecJson.standard().readContract(committed)).isEqualTo(BankTelemarketing.CONTRACT);
    }
  }

  @Test
  void the_command_evaluates_the_real_file_and_reports_the_accept_rate_and_top_reasons(@TempDir Path dir) throws IOException {
    // given
    Path contract = dir.resolve("bank.contract.json");
    Files.write(contract, LeadSpecJson.standard().writeContract(BankTelemarketing.CONTRACT));
    Path data = dir.resolve("bank.csv");
    try (InputStream in = Objects.requireNonNull(BankTelemarketing.class.getResourceAsStream(DATA))) {
      Files.copy(in, data);
    }
    Path verdicts = dir.resolve("verdicts.jsonl");
    Map<Integer, String> expected = oracle();
    long accepted = expected.values().stream().filter(String::isEmpty).count();

    // when
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        "evaluate", "--contract", contract.toString(), "--separator", ";", "--unknown", "unknown", "--map", "y=subscribed",
        "--delivered-at", "2010-11-30T00:00:00Z", "-o", verdicts.toString(), data.toString());

    // then
    assertThat(code).isZero();
    assertThat(Files.readAllLines(verdicts, StandardCharsets.UTF_8)).hasSize(4521);
    String summary = err.toString(StandardCharsets.UTF_8);
    assertThat(summary).startsWith("lead-spec: 4521 records: " + accepted + " accepted, " + (4521 - accepted) + " rejected, 0 errors")
        .contains("accept rate ").contains("top reasons: Q-SUBSCRIBE=");
  }
}
