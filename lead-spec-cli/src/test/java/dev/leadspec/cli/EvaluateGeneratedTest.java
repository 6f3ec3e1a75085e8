package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --generated} writes the interpreter's verdicts, byte for byte, on the full UCI Bank Marketing file. */
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
