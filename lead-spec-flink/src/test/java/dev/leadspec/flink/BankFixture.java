package dev.leadspec.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadspec.cli.CsvLeads;
import dev.leadspec.cli.LeadSpecCli;
import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Correction;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSource;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.json.LeadWriter;
import dev.leadspec.model.Answer;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Evidence;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The UCI bank file ({@code ../shared/data/bank-marketing/bank-full.csv}, CC BY 4.0, Moro et al.
 * 2011; see its PROVENANCE.md) turned into JSONL leads as {@code lead-spec evaluate --separator ';'
 * --unknown unknown --map y=subscribed} reads it, delivered over the 30 days of November 2010 and
 * dealt to three files, with a bad line, a blank line and a lead no version governed; a second
 * contract version from 2010-11-16 (balance at least 1000 EUR, 45 EUR a lead); challenges on every
 * 40th lead (some late, one naming no lead); and what the CLI and {@link Statement#of} say of them.
 */
final class BankFixture {
  static final String[] FILES = {"leads-a.jsonl", "leads-b.jsonl", "leads-c.jsonl"};
  private static final Instant NOVEMBER = Instant.parse("2010-11-01T00:00:00Z");

  final Path dir;
  final Path v1;
  final Path v2;
  final Path leadsDir;
  final Path challenges;
  final List<Lead> leads = new ArrayList<>();
  final List<Challenge> filed = new ArrayList<>();
  final int badRecords;
  /** A lead delivered before the first version: an error record for a history, judged by the one version alone, as the CLI does. */
  final Lead early = Lead.builder().id("early-1").deliveredAt(Instant.parse("2008-01-15T10:00:00Z")).fact("age", 40).build();

  private BankFixture(Path dir, Path bankFull) throws IOException {
    this.dir = dir;
    LeadSpecJson json = LeadSpecJson.standard();
    v1 = dir.resolve("bank-v1.contract.json");
    Files.copy(repoFile("lead-spec-examples/src/main/resources/dev/leadspec/examples/bank/bank-telemarketing.contract.json"), v1);
    String text = Files.readString(v1, StandardCharsets.UTF_8);
    v2 = dir.resolve("bank-v2.contract.json");
    Files.writeString(v2, replace(replace(replace(replace(text, "\"version\": 1,", "\"version\": 2,"),
        "\"effectiveFrom\": \"2008-05-01\"", "\"effectiveFrom\": \"2010-11-16\""),
        "\"value\": 500\n", "\"value\": 1000\n"), "\"amount\": \"40\"", "\"amount\": \"45\""), StandardCharsets.UTF_8);
    Contract typing = json.readContract(Files.readAllBytes(v2));

    leadsDir = Files.createDirectories(dir.resolve("leads"));
    CsvLeads csv = CsvLeads.of(typing).separator(';').unknown("unknown").map("y", "subscribed").deliveredAt(NOVEMBER);
    List<OutputStream> outs = new ArrayList<>();
    List<LeadWriter> writers = new ArrayList<>();
    for (String file : FILES) {
      OutputStream out = Files.newOutputStream(leadsDir.resolve(file));
      outs.add(out);
      writers.add(json.leadWriter(out));
    }
    int i = 0;
    try (Reader reader = Files.newBufferedReader(bankFull, StandardCharsets.UTF_8)) {
      for (LeadSource.Record record : csv.read(reader)) {
        Lead read = record.lead().orElseThrow(() -> new IllegalStateException("bank-full.csv line " + record.line()
            + ": " + record.error().orElse("")));
        Instant delivered = NOVEMBER.plus(Duration.ofDays(i % 30)).plusSeconds((i * 7919L) % 86_400);
        Lead lead = Lead.builder().id(read.id()).deliveredAt(delivered).facts(read.facts()).build();
        leads.add(lead);
        writers.get(i % FILES.length).write(lead);
        i++;
      }
    }
    for (LeadWriter writer : writers) {
      writer.close();
    }
    // what a hostile file brings: a line that is no lead, a blank line, a lead before the first version
    Files.write(leadsDir.resolve(FILES[2]), ("{\"format\":\"lead-spec.lead/1\",\"id\":\n\n").getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);
    Files.write(leadsDir.resolve(FILES[2]), json.writeLead(early), java.nio.file.StandardOpenOption.APPEND);
    badRecords = 1;

    // challenges: every 40th lead; the supplier says the client did subscribe (recorded before delivery);
    // every 7th of them is filed after the 30-day window
    challenges = dir.resolve("challenges.jsonl");
    try (OutputStream out = Files.newOutputStream(challenges)) {
      for (int n = 0; n < leads.size(); n += 40) {
        Lead lead = leads.get(n);
        boolean late = (n / 40) % 7 == 0;
        Challenge challenge = Challenge.builder().leadId(lead.id()).filedBy(Party.SUPPLIER)
            .filedAt(lead.deliveredAt().plus(Duration.ofDays(late ? 31 : 3))).addCitedCriteria("Q-SUBSCRIBE")
            .addCorrections(Correction.of("subscribed", Value.of(Answer.YES),
                Evidence.of("call-" + lead.id(), lead.deliveredAt().minusSeconds(60))))
            .build();
        filed.add(challenge);
        out.write(json.writeChallenge(challenge));
      }
      Challenge orphan = Challenge.builder().leadId("no-such-lead").filedBy(Party.BUYER).filedAt(NOVEMBER.plusSeconds(99))
          .addCitedCriteria("TA-AGE").build();
      out.write(json.writeChallenge(orphan));
    }
  }

  /** The fixture in a new directory, or empty (with the reason printed) when the bank file is not there. */
  static Optional<BankFixture> create() throws IOException {
    Optional<Path> bankFull = bankFull();
    if (bankFull.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BankFixture(Files.createTempDirectory("lead-spec-flink-"), bankFull.get()));
  }

  /** {@code shared/data/bank-marketing/bank-full.csv} beside the clone, found from any module directory. */
  static Optional<Path> bankFull() {
    return find("shared/data/bank-marketing/bank-full.csv");
  }

  /** A file of this repository, found from any module directory. */
  static Path repoFile(String path) {
    return find(path).orElseThrow(() -> new IllegalStateException("no " + path + " above " + Path.of("").toAbsolutePath()));
  }

  private static Optional<Path> find(String path) {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve(path);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  List<Path> contracts(int versions) {
    return versions == 1 ? List.of(v1) : List.of(v1, v2);
  }

  List<String> leadPaths() {
    return List.of(leadsDir.toUri().toString());
  }

  /** Per leads file, the lines {@code lead-spec evaluate} writes for it, sorted (a multiset). */
  Map<String, List<String>> cliVerdicts(int versions) throws IOException {
    Map<String, List<String>> verdicts = new TreeMap<>();
    for (String file : FILES) {
      verdicts.put("verdicts/" + file, cli(contracts(versions), leadsDir.resolve(file)));
    }
    return verdicts;
  }

  /** The lines {@code lead-spec evaluate} writes for one leads file with these contracts and options, sorted (a multiset). */
  List<String> cli(List<Path> contracts, Path leads, String... options) throws IOException {
    return evaluate(dir, contracts, leads, options);
  }

  /**
   * The lines {@code lead-spec evaluate} writes for one leads file with these contracts and
   * options, sorted (a multiset); its output file goes to {@code dir}.
   */
  static List<String> evaluate(Path dir, List<Path> contracts, Path leads, String... options) throws IOException {
    Path out = Files.createTempFile(dir, "cli-", ".jsonl");
    List<String> args = new ArrayList<>(List.of("evaluate"));
    for (Path contract : contracts) {
      args.add("--contract");
      args.add(contract.toString());
    }
    args.addAll(List.of(options));
    args.addAll(List.of("-o", out.toString(), leads.toString()));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LeadSpecCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 1);
    return sortedLines(Files.readString(out, StandardCharsets.UTF_8));
  }

  /** {@link Statement#of} over the leads that have a verdict, with the rulings on them. */
  Statement statement(int versions) {
    ContractHistory history = history(versions);
    List<Verdict> verdicts = new ArrayList<>();
    leads.forEach(lead -> verdicts.add(history.evaluate(lead)));
    if (versions == 1) {
      verdicts.add(Evaluator.of(history.latest()).evaluate(early));
    }
    return Statement.of(verdicts, Arbiter.of(history).ruleAll(leads, filed));
  }

  /** {@link Statement#of} per day of delivery, as a stream states them. */
  Map<String, Statement> statementsByDay(int versions) {
    ContractHistory history = history(versions);
    Map<String, List<Verdict>> verdicts = new TreeMap<>();
    Map<String, List<Lead>> leadsByDay = new TreeMap<>();
    for (Lead lead : leads) {
      Verdict verdict = history.evaluate(lead);
      String day = LocalDate.ofInstant(lead.deliveredAt(), verdict.contract().zone()).toString();
      verdicts.computeIfAbsent(day, d -> new ArrayList<>()).add(verdict);
      leadsByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(lead);
    }
    Map<String, Statement> statements = new LinkedHashMap<>();
    for (String day : verdicts.keySet()) {
      List<Ruling> rulings = Arbiter.of(history).ruleAll(leadsByDay.get(day), filed.stream()
          .filter(c -> leadsByDay.get(day).stream().anyMatch(l -> l.id().equals(c.leadId()))).toList());
      statements.put(day, Statement.of(verdicts.get(day), rulings));
    }
    return statements;
  }

  ContractHistory history(int versions) {
    List<Contract> contracts = new ArrayList<>();
    for (Path path : contracts(versions)) {
      try {
        contracts.add(LeadSpecJson.standard().readContract(Files.readAllBytes(path)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return ContractHistory.of(contracts);
  }

  /** The finished part files under a job's output, by bucket: their content. */
  static Map<String, List<String>> output(Path root) throws IOException {
    Map<String, List<String>> buckets = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith("part")).toList()) {
        String bucket = root.relativize(file.getParent()).toString().replace('\\', '/');
        buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return buckets;
  }

  /** The lines of the buckets whose names start with a prefix, sorted per bucket. */
  static Map<String, List<String>> lines(Map<String, List<String>> output, String prefix) {
    Map<String, List<String>> lines = new TreeMap<>();
    output.forEach((bucket, parts) -> {
      if (bucket.startsWith(prefix)) {
        lines.put(bucket, sortedLines(String.join("", parts)));
      }
    });
    return lines;
  }

  /** What differs between two sets of buckets of lines, briefly; empty when nothing does. */
  static String difference(Map<String, List<String>> actual, Map<String, List<String>> expected) {
    StringBuilder text = new StringBuilder();
    if (!actual.keySet().equals(expected.keySet())) {
      text.append("buckets ").append(actual.keySet()).append(", expected ").append(expected.keySet()).append('\n');
    }
    for (Map.Entry<String, List<String>> bucket : expected.entrySet()) {
      List<String> got = actual.getOrDefault(bucket.getKey(), List.of());
      if (got.equals(bucket.getValue())) {
        continue;
      }
      java.util.Map<String, Integer> counts = new java.util.HashMap<>();
      bucket.getValue().forEach(line -> counts.merge(line, 1, Integer::sum));
      List<String> extra = new ArrayList<>();
      for (String line : got) {
        if (counts.merge(line, -1, Integer::sum) < 0) {
          extra.add(line);
        }
      }
      List<String> missing = new ArrayList<>();
      counts.forEach((line, n) -> {
        for (int i = 0; i < n; i++) {
          missing.add(line);
        }
      });
      missing.sort(null);
      text.append(bucket.getKey()).append(": ").append(got.size()).append(" lines, expected ").append(bucket.getValue().size())
          .append("; ").append(missing.size()).append(" missing, e.g. ").append(brief(missing)).append("; ").append(extra.size())
          .append(" extra, e.g. ").append(brief(extra)).append('\n');
    }
    return text.toString();
  }

  private static String brief(List<String> lines) {
    return lines.isEmpty() ? "none" : lines.get(0).substring(0, Math.min(400, lines.get(0).length()));
  }

  static List<String> sortedLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        lines.add(line + "\n");
      }
    }
    lines.sort(null);
    return lines;
  }

  private static String replace(String text, String what, String with) {
    if (!text.contains(what)) {
      throw new LeadSpecException("bank fixture: the contract has no " + what);
    }
    return text.replace(what, with);
  }
}
