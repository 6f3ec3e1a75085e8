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
 * Each is run {@code rounds} times in turn; the times are wall-clock, from start to the last byte
 * written. See lead-spec-bench/results/flink.md for how it was run.
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
      long start = System.nanoTime();
      for (Path file : files) {
        Path out = bank.dir.resolve("cli-out.jsonl");
        int code = LeadSpecCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "evaluate", "--contract",
            bank.v1.toString(), "--contract", bank.v2.toString(), "-o", out.toString(), file.toString());
        if (code != 0) {
          throw new IllegalStateException("cli exit " + code);
        }
      }
      report("cli", round, leads, System.nanoTime() - start);
      for (int parallelism : new int[] {1, 2}) {
        Path out = bank.dir.resolve("flink-" + round + "-p" + parallelism);
        start = System.nanoTime();
        StreamExecutionEnvironment env = LeadSpecJobTest.local(parallelism);
        LeadSpecJob.of(bank.contracts(2), List.of(input.toUri().toString()), out.toUri().toString()).define(env);
        env.execute("throughput");
        report("flink p=" + parallelism, round, leads, System.nanoTime() - start);
      }
    }
  }

  private static void report(String what, int round, long leads, long nanos) {
    System.out.printf(Locale.ROOT, "round %d %-10s %8.2f s %10.0f leads/s%n", round, what, nanos / 1e9, leads / (nanos / 1e9));
  }
}
