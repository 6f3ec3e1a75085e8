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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --generated} writes the interpreter's verdicts, byte for byte, on the full UCI
 * Bank Marketing file and with a history of versions.
 */
class EvaluateGeneratedTest {
  @TempDir
  Path dir;

  @Test
  void the_verdicts_of_the_full_bank_marketing_file_have_the_same_sha_256_with_generated_code_and_without() throws Exception {
    // given: bank-full.csv (45,211 calls), read from ../shared/data beside the repository
    Path root = repositoryRoot();
    Path data = root.resolveSibling("shared").resolve("data/bank-marketing/bank-full.csv");
    assumeTrue(Files.isRegularFile(data), "the UCI data set is beside the repository: " + data);
    Path contract = root.resolve("lead-spec-examples/src/main/resources/dev/leadspec/examples/bank/bank-telemarketing.contract.json");
    Path interpreted = dir.resolve("interpreted.jsonl");
    Path generated = dir.resolve("generated.jsonl");
    // when
    String[] common = {"evaluate", "--contract", contract.toString(), "--separator", ";", "--unknown", "unknown", "--map",
        "y=subscribed", "--delivered-at", "2010-11-30T00:00:00Z", data.toString()};
    String interpretedErr = run(common, "-o", interpreted.toString());
    String generatedErr = run(common, "--generated", "-o", generated.toString());
    // then
    assertThat(generatedErr).doesNotContain("no code could be generated").isEqualTo(interpretedErr);
    assertThat(Files.size(interpreted)).isGreaterThan(45_211L * 100);
    assertThat(sha256(generated)).isEqualTo(sha256(interpreted));
  }

  @Test
  void a_history_of_versions_gives_the_same_verdict_bytes_with_generated_code_and_without() throws Exception {
    // given: v1 from March asks for 50 employees, v2 from April for 40; leads of 20 to 79 employees across both
    LeadSpecJson json = LeadSpecJson.standard();
    Path v1 = dir.resolve("v1.json");
    Path v2 = dir.resolve("v2.json");
    Files.write(v1, json.writeContract(LeadSpecCliTest.contract(50, false)));
    Files.write(v2, json.writeContract(LeadSpecCliTest.contract(40, false, 2, LocalDate.of(2026, 4, 1))));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      lines.append(new String(json.writeLead(Lead.builder().id("L-" + i)
          .deliveredAt(Instant.parse("2026-03-20T00:00:00Z").plus(Duration.ofDays(i % 25))).fact("industry", i % 7 == 0 ? "FINANCE" : "RETAIL")
          .fact("employees", 20 + i).fact("plans", Answer.YES).build()), StandardCharsets.UTF_8));
    }
    Path leads = dir.resolve("leads.jsonl");
    Files.writeString(leads, lines, StandardCharsets.UTF_8);
    Path interpreted = dir.resolve("interpreted.jsonl");
    Path generated = dir.resolve("generated.jsonl");
    // when
    String[] common = {"evaluate", "--contract", v1.toString(), "--contract", v2.toString(), leads.toString()};
    String interpretedErr = run(common, "-o", interpreted.toString());
    String generatedErr = run(common, "--generated", "-o", generated.toString());
    // then: both versions decided some leads, and the bytes are the same
    String verdicts = Files.readString(interpreted, StandardCharsets.UTF_8);
    assertThat(verdicts).contains("\"version\":1,").contains("\"version\":2,");
    assertThat(generatedErr).doesNotContain("no code could be generated").isEqualTo(interpretedErr);
    assertThat(Files.readAllBytes(generated)).isEqualTo(Files.readAllBytes(interpreted));
  }

  /** Runs the command, expecting exit 0; returns what it wrote to stderr. */
  private static String run(String[] common, String... more) {
    String[] args = new String[common.length + more.length];
    System.arraycopy(common, 0, args, 0, common.length - 1);
    System.arraycopy(more, 0, args, common.length - 1, more.length);
    args[args.length - 1] = common[common.length - 1];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(stderr).isZero();
    return stderr;
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  /** The repository's root: the nearest directory up from here holding lead-spec-examples. */
  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isDirectory(here.resolve("lead-spec-examples"))) {
      here = here.getParent();
    }
    assertThat(here).as("the repository root above " + Path.of("").toAbsolutePath()).isNotNull();
    return here;
  }
}
