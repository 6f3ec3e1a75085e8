package dev.leadspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} end to end over seeded, mutated JSONL leads (hostile numbers, bytes that are not
 * UTF-8, carriage returns, truncations): the command exits 0 or 1, never 3 or 4, and writes one
 * readable record per non-blank input line, in order. The mutations at the level of one document
 * are fuzzed far more widely in {@code lead-spec-json}'s {@code InputFuzzProperties}; this checks
 * the command around them (the reading thread, the writer, the summary). CSV leads go through the
 * same command with the malformed records of real exports: stray quotes, over-long cells, extra
 * columns, bytes that are not UTF-8, cut lines and a byte-order mark.
 */
class EvaluateFuzzProperties {
  private static final long SEED = Long.getLong("leadspec.seed", 20261203L);
  private static final int RUNS = 20;
  private static final int LINES = 500;
  private static final String[] HOSTILE = {"1e-999999999", "1e9999999999", "1e2147483647", "-1e-9999999",
      "9223372036854775808", "\"+1000000000-12-31T23:59:59Z\"", "null", "[]", "{}", "\"\\ud800\"", "-0.01", "\"x\""};

  private final LeadSpecJson json = LeadSpecJson.standard();

  @TempDir
  Path dir;

  @Test
  void every_mutated_jsonl_batch_gives_one_readable_record_per_line_and_exits_0_or_1() throws IOException {
    Path contract = dir.resolve("contract.json");
    Files.write(contract, json.writeContract(LeadSpecCliTest.contract(50, false)));
    for (int run = 0; run < RUNS; run++) {
      // given
      long seed = SEED + run;
      SplittableRandom random = new SplittableRandom(seed);
      ByteArrayOutputStream input = new ByteArrayOutputStream();
      for (int i = 0; i < LINES; i++) {
        byte[] line = json.writeLead(Lead.builder().id("L-" + i).deliveredAt(Instant.parse("2026-03-02T10:00:00Z"))
            .fact("industry", "RETAIL").fact("employees", 10L * i).fact("plans", Answer.YES).build());
        input.writeBytes(random.nextInt(4) == 0 ? mutate(random, line) : line);
      }
      byte[] bytes = input.toByteArray();
      Path leads = dir.resolve("leads-" + run + ".jsonl");
      Files.write(leads, bytes);
      Path verdicts = dir.resolve("verdicts-" + run + ".jsonl");

      // when
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = LeadSpecCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), "evaluate", "--contract", contract.toString(), "-o",
          verdicts.toString(), leads.toString());

      // then
      String why = "seed " + seed + " (rerun with -Dleadspec.seed=" + seed + "): " + err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(why).isIn(0, 1);
      long records = 0;
      int previous = -1;
      try (var stored = json.verdictReader(Files.newInputStream(verdicts))) {
        for (var record : stored) {
          records++;
          assertThat(record.verdict().isPresent() || record.error().isPresent()).as(why).isTrue();
          // in input order: lead L-i is written after every lead before it
          String id = record.leadId().orElse("");
          if (id.matches("L-\\d{1,6}")) {
            int index = Integer.parseInt(id.substring(2));
            assertThat(index).as(why).isGreaterThan(previous);
            previous = index;
          }
        }
      }
      assertThat(records).as(why).isEqualTo(nonBlankLines(bytes));
    }
  }

  @Test
  void every_mutated_csv_batch_gives_one_readable_record_per_row_and_exits_0_or_1() throws IOException {
    Path contract = dir.resolve("contract.json");
    Files.write(contract, json.writeContract(LeadSpecCliTest.contract(50, false)));
    for (int run = 0; run < RUNS; run++) {
      // given
      long seed = SEED + run;
      SplittableRandom random = new SplittableRandom(seed);
      ByteArrayOutputStream input = new ByteArrayOutputStream();
      if (random.nextBoolean()) {
        input.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      input.writeBytes("id,delivered_at,industry,employees,plans\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < LINES; i++) {
        String row = "L-" + i + ",2026-03-02T10:00:00Z,RETAIL," + (10L * i) + ",YES";
        input.writeBytes(random.nextInt(4) == 0 ? mutateRow(random, row) : (row + "\n").getBytes(StandardCharsets.UTF_8));
      }
      byte[] bytes = input.toByteArray();
      Path leads = dir.resolve("leads-" + run + ".csv");
      Files.write(leads, bytes);
      Path verdicts = dir.resolve("verdicts-" + run + ".jsonl");

      // when
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = LeadSpecCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), "evaluate", "--contract", contract.toString(), "-o",
          verdicts.toString(), leads.toString());

      // then
      String why = "seed " + seed + " (rerun with -Dleadspec.seed=" + seed + "): " + err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(why).isIn(0, 1);
      long records = 0;
      try (var stored = json.verdictReader(Files.newInputStream(verdicts))) {
        for (var record : stored) {
          records++;
          assertThat(record.verdict().isPresent() || record.error().isPresent()).as(why).isTrue();
        }
      }
      assertThat(records).as(why).isEqualTo(nonBlankLines(bytes) - 1);
    }
  }

  /**
   * One mutation of a CSV row that keeps it on its line (its line feed kept): a stray quote inside
   * a cell, an over-long cell, an extra column, a byte that is not UTF-8, a hostile number, a cut.
   */
  private static byte[] mutateRow(SplittableRandom random, String row) {
    int at = 1 + random.nextInt(row.length() - 1);
    switch (random.nextInt(6)) {
      case 0:
        return (row.substring(0, at) + (row.charAt(at - 1) == ',' ? "x\"" : "\"") + row.substring(at) + "\n")
            .getBytes(StandardCharsets.UTF_8);
      case 1:
        return (row.substring(0, at) + "x".repeat(70_000) + row.substring(at) + "\n").getBytes(StandardCharsets.UTF_8);
      case 2:
        return (row + ",extra\n").getBytes(StandardCharsets.UTF_8);
      case 3: {
        byte[] head = row.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = (row.substring(at) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(head);
        line.write(0x80 + random.nextInt(0x40));
        line.writeBytes(tail);
        return line.toByteArray();
      }
      case 4: {
        String hostile = HOSTILE[random.nextInt(4)];
        return (row.replaceFirst(",(\\d+),YES$", "," + hostile + ",YES") + "\n").getBytes(StandardCharsets.UTF_8);
      }
      default:
        return (row.substring(0, at) + "\n").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** One or two mutations of a line (its line feed kept): a hostile token after a colon, a byte, a cut. */
  private static byte[] mutate(SplittableRandom random, byte[] line) {
    String text = new String(line, 0, line.length - 1, StandardCharsets.ISO_8859_1);
    for (int m = 1 + random.nextInt(2); m > 0 && !text.isEmpty(); m--) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0: {
          int colon = text.indexOf(':', at);
          int end = colon < 0 ? -1 : Math.min(text.indexOf(',', colon) < 0 ? text.length() : text.indexOf(',', colon),
              text.indexOf('}', colon) < 0 ? text.length() : text.indexOf('}', colon));
          if (colon >= 0 && end > colon) {
            text = text.substring(0, colon + 1) + HOSTILE[random.nextInt(HOSTILE.length)] + text.substring(end);
          }
          break;
        }
        case 1:
          text = text.substring(0, at) + (char) (0x80 + random.nextInt(0x80)) + text.substring(at);
          break;
        case 2:
          text = text.substring(0, at) + '\r' + text.substring(at);
          break;
        default:
          text = text.substring(0, at);
      }
    }
    return (text + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static long nonBlankLines(byte[] bytes) {
    long lines = 0;
    boolean blank = true;
    for (byte b : bytes) {
      if (b == '\n') {
        lines += blank ? 0 : 1;
        blank = true;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        blank = false;
      }
    }
    return lines + (blank ? 0 : 1);
  }
}
