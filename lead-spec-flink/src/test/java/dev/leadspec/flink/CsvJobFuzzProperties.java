package dev.leadspec.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.json.VerdictReader;
import dev.leadspec.json.VerdictRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink batch job's CSV path over seeded hostile CSV files (a byte-order mark, stray quotes,
 * bytes that are not UTF-8, cells and records over their limits, missing and extra columns,
 * duplicate ids, unknown codes, numbers of the wrong kind, bad delivery times, CRLF line ends, a
 * last record whose quoted cell never closes, a last line without its line feed), read by a mapping document: every record of every file ends
 * up as exactly one verdict or one error record with its line, none lost, none twice, and each
 * file's records equal, as a multiset, what {@code lead-spec evaluate --mapping} writes for it. All
 * the files go through one job, so the mini cluster starts once. Each file is made from its own
 * seed, printed with any failure; {@code -Dleadspec.seed=N} reruns from another first seed.
 */
class CsvJobFuzzProperties {
  private static final long SEED = Long.getLong("leadspec.seed", 20261203L);
  private static final int FILES = 8;
  private static final int ROWS = 120;
  private static final String HEADER = "id;delivered_at;age;job;balance;default;previous;y";
  private static final String[] JOBS = {"admin.", "blue-collar", "management", "retired", "student", "technician"};
  private static final String[] UNKNOWN_CODES = {"astronaut", "Management", "management ", "blue_collar", "\"\""};
  private static final String[] WRONG_NUMBERS = {"12.5", "1e3", "9223372036854775808", "-", "+7", "0x1F", " 41", "forty"};
  private static final String[] BAD_TIMES = {"yesterday", "2010-13-01", "2010-11-31T10:00:00Z", "1e9", "2010-11-05 10:00"};
  private static final String CONTRACT =
      "lead-spec-examples/src/main/resources/dev/leadspec/examples/bank/bank-telemarketing.contract.json";

  @TempDir
  Path dir;

  @Test
  void every_hostile_csv_record_becomes_one_verdict_or_one_error_record_as_the_cli_writes_it() throws Exception {
    // given: files of hostile rows, each from its own seed, and the mapping document the CLI reads too
    Path contract = BankFixture.repoFile(CONTRACT);
    Path leads = Files.createDirectories(dir.resolve("leads"));
    Path mapping = dir.resolve("bank.mapping.json");
    Files.writeString(mapping, "{\"format\": \"lead-spec.mapping/1\", \"separator\": \";\", \"unknown\": [\"unknown\"],\n"
        + " \"columns\": {\"y\": {\"field\": \"subscribed\"}}}\n", StandardCharsets.UTF_8);
    Map<String, Generated> files = new HashMap<>();
    for (int run = 0; run < FILES; run++) {
      long seed = SEED + run;
      Generated file = generate(seed, "F" + run + "-");
      String name = "leads-" + seed + ".csv";
      Files.write(leads.resolve(name), file.bytes);
      files.put("verdicts/" + name, file);
    }
    Path out = dir.resolve("out");
    LeadSpecJob job = LeadSpecJob.of(List.of(contract), List.of(leads.toUri().toString()), out.toUri().toString())
        .mapping(mapping);

    // when
    StreamExecutionEnvironment env = LeadSpecJobTest.local(2);
    job.define(env);
    env.execute("hostile csv");

    // then
    Map<String, List<String>> output = BankFixture.output(out);
    Map<String, List<String>> verdicts = BankFixture.lines(output, "verdicts/");
    assertThat(verdicts.keySet()).isEqualTo(files.keySet());
    assertThat(output).as("ids are distinct across files").doesNotContainKey(LeadSpecJob.DUPLICATES);
    for (Map.Entry<String, Generated> entry : files.entrySet()) {
      Generated file = entry.getValue();
      String why = "seed " + file.seed + " (rerun with -Dleadspec.seed=" + file.seed + "), " + entry.getKey();
      List<String> lines = verdicts.get(entry.getKey());
      everyRecordOnce(lines, file, why);
      Path csv = leads.resolve(entry.getKey().substring("verdicts/".length()));
      assertThat(lines).as(why).isEqualTo(BankFixture.evaluate(dir, List.of(contract), csv, "--mapping", mapping.toString()));
    }
  }

  /** Each record of the file is one output line: an error record naming its line, or the verdict of the lead its id names. */
  private static void everyRecordOnce(List<String> lines, Generated file, String why) throws IOException {
    assertThat(lines).as(why).hasSize(file.ids.size());
    Set<Long> errorLines = new HashSet<>();
    List<String> verdictIds = new ArrayList<>();
    byte[] joined = String.join("", lines).getBytes(StandardCharsets.UTF_8);
    try (VerdictReader reader = LeadSpecJson.standard().verdictReader(new ByteArrayInputStream(joined))) {
      for (VerdictRecord record : reader) {
        if (record.verdict().isPresent()) {
          verdictIds.add(record.leadId().orElseThrow());
        } else {
          assertThat(record.error()).as(why + ": %s", record).isPresent();
          long line = record.inputLine().orElseThrow();
          assertThat(line).as(why + ": an error record's line").isBetween(2L, file.ids.size() + 1L);
          assertThat(errorLines.add(line)).as(why + ": line %s has one error record", line).isTrue();
        }
      }
    }
    assertThat(new HashSet<>(verdictIds)).as(why + ": a lead judged once").hasSameSizeAs(verdictIds);
    for (String id : verdictIds) {
      int index = file.ids.indexOf(id);
      assertThat(index).as(why + ": a verdict for lead %s, which the file has", id).isNotNegative();
      assertThat(errorLines).as(why + ": the line of lead %s has a verdict, no error record", id).doesNotContain(index + 2L);
    }
  }

  /** A CSV file and, per record (line 2 on), the id its row was written with. */
  private record Generated(long seed, byte[] bytes, List<String> ids) {}

  /** A file of {@link #ROWS} rows, one record a line, about one in three made hostile. */
  private static Generated generate(long seed, String prefix) {
    Random random = new Random(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (random.nextInt(3) == 0) {
      bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    bytes.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    List<String> ids = new ArrayList<>();
    boolean lastWithoutLineFeed = random.nextInt(4) == 0;
    for (int i = 0; i < ROWS; i++) {
      String[] cells = {prefix + i, "2010-11-" + String.format(java.util.Locale.ROOT, "%02d", 1 + random.nextInt(30)) + "T10:00:00Z",
          Integer.toString(18 + random.nextInt(70)), JOBS[random.nextInt(JOBS.length)], Integer.toString(random.nextInt(20_000) - 2_000),
          random.nextBoolean() ? "yes" : "no", Integer.toString(random.nextInt(5)), random.nextBoolean() ? "yes" : "no"};
      byte[] row;
      if (random.nextInt(3) == 0) {
        row = hostile(random, cells, ids);
      } else {
        row = (String.join(";", cells) + "\n").getBytes(StandardCharsets.UTF_8);
      }
      ids.add(cells[0]);
      if (i == ROWS - 1 && random.nextInt(4) == 0) {
        // a cut export: the last record opens a quoted cell that never closes
        int column = 2 + random.nextInt(cells.length - 2);
        cells[column] = "\"" + cells[column];
        row = line(cells);
      }
      if (i == ROWS - 1 && lastWithoutLineFeed) {
        row = java.util.Arrays.copyOf(row, row.length - (row.length > 1 && row[row.length - 2] == '\r' ? 2 : 1));
      }
      bytes.writeBytes(row);
    }
    return new Generated(seed, bytes.toByteArray(), List.copyOf(ids));
  }

  /**
   * One hostile row that stays on its line, its line feed kept; {@code cells[0]} is left as the id
   * the row was written with.
   */
  private static byte[] hostile(Random random, String[] cells, List<String> earlier) {
    int column = 1 + random.nextInt(cells.length - 1);
    switch (random.nextInt(12)) {
      case 0: {
        // a stray quote inside a cell (never at its start, where it would open a quoted cell)
        int cell = random.nextInt(cells.length);
        int at = 1 + random.nextInt(Math.max(1, cells[cell].length()));
        cells[cell] = cells[cell].substring(0, Math.min(at, cells[cell].length())) + "\"" + cells[cell].substring(Math.min(at,
            cells[cell].length()));
        return line(cells);
      }
      case 1:
        // a cell over its limit; now and then a record over the record limit
        cells[column] = cells[column] + "x".repeat(random.nextInt(20) == 0 ? 1_100_000 : 65_000 + random.nextInt(10_000));
        return line(cells);
      case 2: {
        // a byte that is not UTF-8 (a continuation byte alone, or a lead byte cut short)
        byte[] head = (String.join(";", java.util.Arrays.copyOf(cells, column)) + ";").getBytes(StandardCharsets.UTF_8);
        byte[] tail = (String.join(";", java.util.Arrays.copyOfRange(cells, column, cells.length)) + "\n")
            .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream row = new ByteArrayOutputStream();
        row.writeBytes(head);
        row.write(random.nextBoolean() ? 0x80 + random.nextInt(0x40) : 0xC3);
        row.writeBytes(tail);
        return row.toByteArray();
      }
      case 3:
        // missing columns
        return (String.join(";", java.util.Arrays.copyOf(cells, 1 + random.nextInt(cells.length - 1))) + "\n")
            .getBytes(StandardCharsets.UTF_8);
      case 4:
        // an extra column
        return (String.join(";", cells) + ";extra\n").getBytes(StandardCharsets.UTF_8);
      case 5:
        // the id of an earlier row of the file
        if (!earlier.isEmpty()) {
          cells[0] = earlier.get(random.nextInt(earlier.size()));
        }
        return line(cells);
      case 6:
        // a code the field does not declare
        if (random.nextBoolean()) {
          cells[3] = UNKNOWN_CODES[random.nextInt(UNKNOWN_CODES.length)];
        } else {
          cells[7] = random.nextBoolean() ? "maybe" : "oui";
        }
        return line(cells);
      case 7:
        // a number of the wrong kind
        cells[new int[] {2, 4, 6}[random.nextInt(3)]] = WRONG_NUMBERS[random.nextInt(WRONG_NUMBERS.length)];
        return line(cells);
      case 8:
        // a delivery time that cannot be read
        cells[1] = BAD_TIMES[random.nextInt(BAD_TIMES.length)];
        return line(cells);
      case 9:
        // a CRLF line end
        return (String.join(";", cells) + "\r\n").getBytes(StandardCharsets.UTF_8);
      case 10:
        // unknown: an empty cell or the unknown token, in a fact's column
        cells[2 + random.nextInt(cells.length - 2)] = random.nextBoolean() ? "" : "unknown";
        return line(cells);
      default:
        // quoted cells, well-formed: a doubled quote, the separator inside quotes
        cells[3] = "\"" + cells[3] + "\"";
        cells[random.nextBoolean() ? 7 : 5] = random.nextBoolean() ? "\"y\"\"es\"" : "\"no;\"";
        return line(cells);
    }
  }

  private static byte[] line(String[] cells) {
    return (String.join(";", cells) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
