package dev.leadspec.flink;

import dev.leadspec.cli.LeadSpecCli;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.json.LeadWriter;
import dev.leadspec.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A plain timed run, not a test: the batch job at parallelism 1 and 2 against the CLI's
 * {@code evaluate} on the same leads (the UCI bank file, delivered over 30 days, repeated under
 * new ids to {@code copies} x 45,211 leads, in four files; two contract versions; no challenges).
 * Each is run {@code rounds} times, in turns whose order alternates; the times are wall-clock, from
 * start to the last byte written; each round prints its ratios and the load average before and after it. See lead-spec-bench/results/flink.md for how it was run.
 *
 * <pre>{@code
 * java -cp "lead-spec-flink/target/test-classes:lead-spec-flink/target/classes:$CP" dev.leadspec.flink.FlinkThroughput 10 3
 * }</pre>
 */
final class FlinkThroughput {
  private FlinkThroughput() {}

  public static void main(String[] args) throws Exception {
    int copies = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    BankFixture bank = BankFixture.create().orElseThrow(() -> new IllegalStateException("no bank-full.csv beside the clone"));
    Path input = Files.createDirectories(bank.dir.resolve("throughput"));
    List<Path> files = new ArrayList<>();
    List<OutputStream> outs = new ArrayList<>();
    List<LeadWriter> writers = new ArrayList<>();
    for (int f = 0; f < 4; f++) {
      Path file = input.resolve("leads-" + f + ".jsonl");
      files.add(file);
      OutputStream out = Files.newOutputStream(file);
      outs.add(out);
      writers.add(LeadSpecJson.standard().leadWriter(out));
    }
    long leads = 0;
    for (int copy = 0; copy < copies; copy++) {
      for (Lead lead : bank.leads) {
        Lead renamed = Lead.builder().id(lead.id() + "-" + copy).deliveredAt(lead.deliveredAt()).facts(lead.facts()).build();
        writers.get((int) (leads % 4)).write(renamed);
        leads++;
      }
    }
    writers.forEach(LeadWriter::close);
    System.out.printf(Locale.ROOT, "%d leads in 4 files, %d bytes; %d processors; two contract versions%n", leads,
        Files.size(files.get(0)) * 4, Runtime.getRuntime().availableProcessors());
    for (int round = 1; round <= rounds; round++) {
      String before = loadAverage();
      // alternate the order (CLI, p=1, p=2; then p=2, p=1, CLI) so that no runner always goes first
      List<String> order = round % 2 == 1 ? List.of("cli", "flink p=1", "flink p=2") : List.of("flink p=2", "flink p=1", "cli");
      java.util.Map<String, Double> seconds = new java.util.LinkedHashMap<>();
      for (String runner : order) {
        long start = System.nanoTime();
        if (runner.equals("cli")) {
          for (Path file : files) {
            Path out = bank.dir.resolve("cli-out.jsonl");
            int code = LeadSpecCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "evaluate", "--contract",
                bank.v1.toString(), "--contract", bank.v2.toString(), "-o", out.toString(), file.toString());
            if (code != 0) {
              throw new IllegalStateException("cli exit " + code);
            }
          }
        } else {
          int parallelism = runner.endsWith("1") ? 1 : 2;
          Path out = bank.dir.resolve("flink-" + round + "-p" + parallelism);
          StreamExecutionEnvironment env = LeadSpecJobTest.local(parallelism);
          LeadSpecJob.of(bank.contracts(2), List.of(input.toUri().toString()), out.toUri().toString()).define(env);
          env.execute("throughput");
        }
        long nanos = System.nanoTime() - start;
        seconds.put(runner, nanos / 1e9);
        report(runner, round, leads, nanos);
      }
      double cli = seconds.get("cli");
      System.out.printf(Locale.ROOT, "round %d ratios: p=1/cli %.2f, p=2/cli %.2f, p=1/p=2 %.2f; load average before %s, after %s%n",
          round, seconds.get("flink p=1") / cli, seconds.get("flink p=2") / cli, seconds.get("flink p=1") / seconds.get("flink p=2"),
          before, loadAverage());
    }
  }

  /** The 1-, 5- and 15-minute load averages, as /proc/loadavg has them. */
  private static String loadAverage() throws java.io.IOException {
    Path proc = Path.of("/proc/loadavg");
    if (!Files.exists(proc)) {
      return "unknown";
    }
    String[] fields = Files.readString(proc, StandardCharsets.US_ASCII).trim().split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }

  private static void report(String what, int round, long leads, long nanos) {
    System.out.printf(Locale.ROOT, "round %d %-10s %8.2f s %10.0f leads/s%n", round, what, nanos / 1e9, leads / (nanos / 1e9));
  }
}
