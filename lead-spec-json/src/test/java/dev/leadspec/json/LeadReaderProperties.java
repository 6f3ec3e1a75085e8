package dev.leadspec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A JSONL stream's lead lines are read by the quicker of two readers sure of them: the scanner for
 * plain lines, the strict tree reader for everything else. Each line gives the lead, or the error
 * with its path and line, that the strict reader gives.
 */
class LeadReaderProperties {
  private static final long SEED = Long.getLong("leadspec.seed", 20261127L);
  private static final int CONTRACTS = 30;
  private static final int LEADS = 60;
  private static final String[] INSERTS = {"\"", "\\", "\\u0041", "\\n", ",", ":", "{", "}", "[", "]", " ", "\t", "\r", "\n", "0", "-",
      "01", "1.5", "e5", "E-2", "null", "true", "false", "\"x\":1,", "\"evidence\":{},", "\"id\":\"L\",", "é", "\u007f", "\u0000",
      "\u0001", "9223372036854775808", "12345678901234567890", "\"YES\"", "\"2026-02-30\"", "\"12\"", "[\"A\",1]", "[]"};

  private final LeadSpecJson json = LeadSpecJson.standard();

  @Test
  void random_leads_written_in_several_layouts_read_as_the_strict_reader_reads_them() {
    for (int c = 0; c < CONTRACTS; c++) {
      // given
      long seed = SEED + c;
      WeirdContracts random = new WeirdContracts(seed);
      Contract contract = random.contract();
      Readers readers = new Readers(json, contract);
      for (int i = 0; i < LEADS; i++) {
        Lead lead = random.lead(i);
        for (byte[] line : layouts(line(lead))) {
          // when
          Object read = readers.read(line);

          // then
          Object strict = readers.strict(line);
          assertThat(read).as("seed %s (rerun with -Dleadspec.seed=%s): %s", seed, seed, text(line)).isEqualTo(strict);
          if (strict instanceof Lead) {
            // else the strict reader refuses what the writer wrote: a lone surrogate in a property name
            assertThat(strict).as("seed %s: %s", seed, text(line)).isEqualTo(lead);
          }
        }
      }
    }
  }

  @Test
  void any_mutation_of_a_lead_line_reads_as_the_strict_reader_reads_it_lead_or_error() {
    for (int c = 0; c < CONTRACTS; c++) {
      // given
      long seed = SEED + 100 + c;
      SplittableRandom mutations = new SplittableRandom(seed);
      WeirdContracts random = new WeirdContracts(seed);
      Contract contract = random.contract();
      Readers readers = new Readers(json, contract);
      for (int i = 0; i < LEADS; i++) {
        byte[] line = line(random.lead(i));
        for (int m = 0; m < 8; m++) {
          byte[] mutated = mutate(line, mutations);

          // when
          Object read = readers.read(mutated);

          // then
          assertThat(read).as("seed %s (rerun with -Dleadspec.seed=%s): %s", seed, seed, text(mutated))
              .isEqualTo(readers.strict(mutated));
        }
      }
    }
  }

  @Test
  void under_tight_limits_every_line_reads_as_the_strict_reader_reads_it() {
    for (int c = 0; c < CONTRACTS; c++) {
      // given
      long seed = SEED + 200 + c;
      SplittableRandom tight = new SplittableRandom(seed);
      LeadSpecJson limited = LeadSpecJson.withLimits(JsonLimits.builder()
          .maxStringLength(1 + tight.nextInt(20)).maxNameLength(1 + tight.nextInt(20)).maxNumberLength(1 + tight.nextInt(20))
          .maxNestingDepth(1 + tight.nextInt(4)).maxTokenCount(1 + tight.nextInt(40)).maxDocumentBytes(50 + tight.nextInt(400))
          .build());
      WeirdContracts random = new WeirdContracts(seed);
      Readers readers = new Readers(limited, random.contract());
      for (int i = 0; i < LEADS; i++) {
        byte[] line = line(random.lead(i));

        // when
        Object read = readers.read(line);

        // then
        assertThat(read).as("seed %s (rerun with -Dleadspec.seed=%s): %s", seed, seed, text(line))
            .isEqualTo(readers.strict(line));
      }
    }
  }

  @Test
  void a_plain_lead_line_is_read_by_the_scanner_alone() {
    // given
    Contract contract = RichContract.contract();
    byte[] line = ("{\"format\":\"lead-spec.lead/1\",\"id\":\"L-9\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{"
        + "\"industry\":\"RETAIL\",\"brands\":[\"HP\",\"DELL\"],\"employees\":120,\"has_it_staff\":true,\"plans_upgrade\":\"YES\","
        + "\"decision_date\":\"2026-05-15\",\"phone_status\":\"OK\",\"crm_note\":\"called\"}}").getBytes(StandardCharsets.UTF_8);

    // when
    Lead scanned = new LeadScanner(json.limits(), contract).scan(line);

    // then
    assertThat(scanned).isNotNull().isEqualTo(json.readLead(line, contract));
  }

  @Test
  void a_lead_line_with_unicode_and_a_decimal_is_left_by_the_scanner_to_the_strict_reader() {
    // given
    Contract contract = RichContract.contract();
    byte[] line = ("{\"format\":\"lead-spec.lead/1\",\"id\":\"Л-9\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{"
        + "\"industry\":\"RETAIL\",\"budget\":1500000.50,\"phone_status\":\"занято\"}}").getBytes(StandardCharsets.UTF_8);
    LeadParser parser = new LeadParser(json.parser(), json.limits(), contract);

    // when
    Lead scanned = new LeadScanner(json.limits(), contract).scan(line);
    Lead read = parser.read(line);

    // then
    assertThat(scanned).isNull();
    assertThat(read).isEqualTo(json.readLead(line, contract));
    assertThat(read.facts().get("phone_status")).isEqualTo(dev.leadspec.model.Value.of("занято"));
  }

  @Test
  void a_repeated_fact_in_a_stream_is_an_error_record_with_the_strict_readers_path_and_line() {
    // given
    String stream = "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{}}\n"
        + "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-2\",\"deliveredAt\":\"2026-03-10T09:00:00Z\",\"facts\":{"
        + "\"employees\":120,\"employees\":12}}\n";

    // when
    List<LeadRecord> records = new ArrayList<>();
    try (LeadReader reader = json.leadReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)),
        RichContract.contract())) {
      reader.forEach(records::add);
    }

    // then
    assertThat(records).hasSize(2);
    assertThat(records.get(0).lead()).isPresent();
    assertThat(records.get(1).error()).get().extracting(Throwable::getMessage)
        .isEqualTo("line 2, column 103, at $.facts.employees: duplicate property \"employees\"");
  }

  /** The two readers behind a stream, and the strict one alone, as outcomes: a lead, or an error's class and message. */
  private static final class Readers {
    private final LeadSpecJson json;
    private final Contract contract;
    private final LeadScanner scanner;
    private final LeadParser parser;

    Readers(LeadSpecJson json, Contract contract) {
      this.json = json;
      this.contract = contract;
      this.scanner = new LeadScanner(json.limits(), contract);
      this.parser = new LeadParser(json.parser(), json.limits(), contract);
    }

    Object read(byte[] line) {
      Object strict = strict(line);
      Lead scanned = scanner.scan(line);
      if (scanned != null) {
        assertThat(scanned).as("the scanner's lead, for %s", text(line)).isEqualTo(strict);
      }
      Object read = outcome(() -> parser.read(line));
      // in place in a larger buffer, between bytes that would change it if read
      byte[] padded = new byte[line.length + 24];
      Arrays.fill(padded, (byte) '"');
      padded[line.length + 12] = '1';
      System.arraycopy(line, 0, padded, 11, line.length);
      assertThat(outcome(() -> parser.read(padded, 11, line.length))).as("in place: %s", text(line)).isEqualTo(read);
      return read;
    }

    Object strict(byte[] line) {
      return outcome(() -> LeadJson.read(json.parser().parse(line), contract));
    }

    private static Object outcome(Supplier<Lead> read) {
      try {
        return read.get();
      } catch (RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    }
  }

  private byte[] line(Lead lead) {
    byte[] line;
    try {
      line = json.writeLead(lead);
    } catch (dev.leadspec.model.LeadSpecException refused) {
      line = lineWithLoneSurrogates(lead);
    }
    return Arrays.copyOf(line, line.length - 1);
  }

  /**
   * The line another writer would write for a lead that lead-spec refuses to write (a fact name
   * with a lone surrogate, escaped as {@code \uDC00}): the readers must still agree on it.
   */
  private byte[] lineWithLoneSurrogates(Lead lead) {
    Lead.Builder renamed = Lead.builder().id(lead.id()).deliveredAt(lead.deliveredAt());
    List<String> names = new ArrayList<>(lead.facts().keySet());
    for (int i = 0; i < names.size(); i++) {
      renamed.fact("name-" + i + "-placeholder", lead.facts().get(names.get(i)));
    }
    String text = text(json.writeLead(renamed.build()));
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      StringBuilder escaped = new StringBuilder();
      for (int k = 0; k < name.length(); k++) {
        char c = name.charAt(k);
        if (Character.isHighSurrogate(c) && k + 1 < name.length() && Character.isLowSurrogate(name.charAt(k + 1))) {
          escaped.append(c).append(name.charAt(++k));
        } else if (Character.isSurrogate(c)) {
          escaped.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          escaped.append(tools.jackson.core.io.JsonStringEncoder.getInstance().quoteAsCharArray(String.valueOf(c)));
        }
      }
      text = text.replace("\"name-" + i + "-placeholder\"", "\"" + escaped + "\"");
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }


  /** The line as written, with spaces around every separator, and with its facts first. */
  private static List<byte[]> layouts(byte[] line) {
    String text = text(line);
    List<byte[]> layouts = new ArrayList<>();
    layouts.add(line);
    StringBuilder spaced = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (inString && ch == '\\') {
        spaced.append(ch).append(text.charAt(++i));
        continue;
      }
      if (ch == '"') {
        inString = !inString;
      }
      if (!inString && (ch == ',' || ch == ':' || ch == '{' || ch == '[')) {
        spaced.append(' ').append(ch).append(" \t");
      } else {
        spaced.append(ch);
      }
    }
    layouts.add((" " + spaced + " \r").getBytes(StandardCharsets.UTF_8));
    int facts = text.indexOf(",\"facts\":");
    int evidence = text.indexOf(",\"evidence\":");
    if (facts > 0 && evidence < 0) {
      String reordered = "{" + text.substring(facts + 1, text.length() - 1) + "," + text.substring(1, facts) + "}";
      layouts.add(reordered.getBytes(StandardCharsets.UTF_8));
    }
    return layouts;
  }

  private static byte[] mutate(byte[] line, SplittableRandom random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = random.nextInt(line.length + 1);
    if (random.nextBoolean()) {
      // often right where a value starts: after a colon, an opening bracket or a comma
      for (int i = 0; i < line.length; i++) {
        int next = (at + i) % line.length;
        if (line[next] == ':' || line[next] == '[' || line[next] == ',') {
          at = next + 1;
          break;
        }
      }
    }
    switch (random.nextInt(4)) {
      case 0: {
        int from = Math.min(line.length, at + 1 + random.nextInt(3));
        out.write(line, 0, at);
        out.write(line, from, line.length - from);
        break;
      }
      case 1: {
        int from = random.nextInt(line.length);
        int to = Math.min(line.length, from + 1 + random.nextInt(30));
        out.write(line, 0, at);
        out.write(line, from, to - from);
        out.write(line, at, line.length - at);
        break;
      }
      default:
        out.write(line, 0, at);
        out.writeBytes(INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
        out.write(line, at, line.length - at);
    }
    return out.toByteArray();
  }

  private static String text(byte[] line) {
    return new String(line, StandardCharsets.UTF_8);
  }
}
