package dev.leadspec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.cli.LeadSpecCli;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed-004 dispute through {@code lead-spec settle}: rulings as JSONL and the statement as
 * JSON, byte for byte, under the locale matrix. {@code -Dleadspec.updateGoldens=true} rewrites them.
 */
@Tag("golden")
class SameBrandSettleGoldenTest {

  private static final LeadSpecJson JSON = LeadSpecJson.standard();

  @Test
  void settling_the_same_brand_dispute_from_files_gives_the_golden_rulings_and_statement(@TempDir Path dir) throws IOException {
    // given
    Path contract = dir.resolve("v1.json");
    Files.write(contract, JSON.writeContract(HardwareUpgradeContract.V1));
    List<Lead> leads = SameBrandDispute.leads();
    Path leadFile = dir.resolve("leads.jsonl");
    try (OutputStream out = Files.newOutputStream(leadFile)) {
      for (Lead lead : leads) {
        out.write(JSON.writeLead(lead));
      }
    }
    Path challengeFile = dir.resolve("challenges.jsonl");
    try (OutputStream out = Files.newOutputStream(challengeFile)) {
      for (Challenge challenge : SameBrandDispute.challenges(leads)) {
        out.write(JSON.writeChallenge(challenge));
      }
    }
    Path rulings = dir.resolve("rulings.jsonl");
    Path statement = dir.resolve("statement.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    // when
    int code = LeadSpecCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "settle", "--contract", contract.toString(), "--leads",
        leadFile.toString(), "--challenges", challengeFile.toString(), "-o", rulings.toString(), "--statement", statement.toString());

    // then
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("lead-spec: 31 challenges: 2 upheld, 29 dismissed; 99 of 100 leads billable");
    assertThat(Files.readAllLines(rulings)).hasSize(31);
    golden("same-brand-rulings.golden.jsonl", Files.readAllBytes(rulings));
    golden("same-brand-statement.golden.json", Files.readAllBytes(statement));
  }

  private static void golden(String name, byte[] actual) throws IOException {
    if (Boolean.getBoolean("leadspec.updateGoldens")) {
      Files.write(Path.of("src/test/resources/dev/leadspec/examples", name), actual);
      return;
    }
    try (InputStream in = Objects.requireNonNull(SameBrandSettleGoldenTest.class.getResourceAsStream(name), name)) {
      assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
