package dev.leadspec.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.leadspec.dispute.Statement;
import dev.leadspec.json.LeadSpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job on Flink's local mini cluster over the full UCI bank file (skipped, saying so, when
 * {@code ../shared/data/bank-marketing/bank-full.csv} is not there): the CLI's verdict lines byte
 * for byte, {@link Statement#of}'s statement, at parallelism 1 and 2, and after a failure mid-stream.
 */
class LeadSpecJobTest {
  private static Optional<BankFixture> bank = Optional.empty();
  private static final Path CHECKPOINTS = Path.of(System.getProperty("java.io.tmpdir"), "lead-spec-flink-checkpoints");

  @BeforeAll
  static void prepare() throws IOException {
    bank = BankFixture.create();
    if (bank.isEmpty()) {
      System.err.println("LeadSpecJobTest: ../shared/data/bank-marketing/bank-full.csv is not beside the clone; "
          + "the tests over the bank file are skipped");
    }
  }

  static StreamExecutionEnvironment local(int parallelism) {
    Configuration config = new Configuration();
    // every record type is a POJO: a type that needed Kryo would fail the job
    config.set(PipelineOptions.GENERIC_TYPES, false);
    // the leads awaiting their challenge windows outgrow the job manager's 5 MB checkpoint storage
    config.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, CHECKPOINTS.toUri().toString());
    config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
    config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
    return StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
  }

  private static Map<String, List<String>> run(LeadSpecJob job, int parallelism) throws Exception {
    StreamExecutionEnvironment env = local(parallelism);
    job.define(env);
    env.execute("lead-spec test");
    return BankFixture.output(outputOf(job));
  }

  private static Path outputOf(LeadSpecJob job) {
    return Path.of(java.net.URI.create(job.outputForTests()));
  }

  @Test
  void a_batch_over_the_bank_file_with_one_version_writes_the_cli_verdict_lines_and_the_statement_of_all_leads() throws Exception {
    assumeTrue(bank.isPresent(), "no bank-full.csv beside the clone");
    BankFixture fixture = bank.get();
    // given
    LeadSpecJob job = LeadSpecJob.of(fixture.contracts(1), fixture.leadPaths(), fixture.dir.resolve("out-1").toUri().toString())
        .challenges(List.of(fixture.challenges.toUri().toString()));
    // when
    Map<String, List<String>> output = run(job, 2);
    // then
    assertThat(BankFixture.difference(BankFixture.lines(output, "verdicts/"), fixture.cliVerdicts(1))).isEmpty();
    assertThat(output.get("statements/all"))
        .containsExactly(new String(LeadSpecJson.standard().writeStatement(fixture.statement(1)), StandardCharsets.UTF_8));
    assertThat(BankFixture.lines(output, "rulings").get("rulings")).hasSize(fixture.filed.size());
    assertThat(BankFixture.lines(output, "challenge-errors").get("challenge-errors")).singleElement(
        org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("names lead no-such-lead, which is not among the leads");
    assertThat(output).doesNotContainKey("duplicates");
  }

  @Test
  void a_batch_over_the_bank_file_with_two_versions_gives_the_same_lines_and_statement_at_parallelism_1_and_2() throws Exception {
    assumeTrue(bank.isPresent(), "no bank-full.csv beside the clone");
    BankFixture fixture = bank.get();
    // given
    Map<String, List<String>> cli = fixture.cliVerdicts(2);
    String statement = new String(LeadSpecJson.standard().writeStatement(fixture.statement(2)), StandardCharsets.UTF_8);
    for (int parallelism : new int[] {1, 2}) {
      LeadSpecJob job = LeadSpecJob.of(fixture.contracts(2), fixture.leadPaths(),
          fixture.dir.resolve("out-2-p" + parallelism).toUri().toString()).challenges(List.of(fixture.challenges.toUri().toString()));
      // when
      Map<String, List<String>> output = run(job, parallelism);
      // then
      assertThat(BankFixture.difference(BankFixture.lines(output, "verdicts/"), cli)).as("parallelism %s", parallelism).isEmpty();
      assertThat(output.get("statements/all")).as("parallelism %s", parallelism).containsExactly(statement);
    }
    // the second version governed the second half of the month
    assertThat(fixture.statement(2).byVersion()).hasSize(2);
    assertThat(cli.values().stream().flatMap(List::stream).filter(line -> line.contains("\"lead-spec.error/1\"")).count())
        .isEqualTo(fixture.badRecords + 1);
  }

  @Test
  void a_stream_that_fails_midway_restarts_from_its_checkpoint_and_writes_every_line_once_and_a_statement_per_day()
      throws Exception {
    assumeTrue(bank.isPresent(), "no bank-full.csv beside the clone");
    BankFixture fixture = bank.get();
    // given
    FailOnce.reset();
    LeadSpecJob job = LeadSpecJob.of(fixture.contracts(2), fixture.leadPaths(), fixture.dir.resolve("out-stream").toUri().toString())
        .challenges(List.of(fixture.challenges.toUri().toString())).streaming(Duration.ofMillis(300));
    job.tap = new FailOnce();
    // when
    Map<String, List<String>> output = run(job, 2);
    // then
    assertThat(FailOnce.FAILED).as("the failure was injected after a checkpoint").isTrue();
    assertThat(BankFixture.difference(BankFixture.lines(output, "verdicts/"), fixture.cliVerdicts(2))).isEmpty();
    Map<String, Statement> days = fixture.statementsByDay(2);
    assertThat(days).hasSize(30);
    days.forEach((day, statement) -> assertThat(output.get("statements/" + day)).as(day)
        .containsExactly(new String(LeadSpecJson.standard().writeStatement(statement), StandardCharsets.UTF_8)));
    assertThat(BankFixture.lines(output, "rulings").get("rulings")).hasSize(fixture.filed.size());
  }

  /** Fails the job once, on its first subtask, after a checkpoint completed and 5 000 leads went through. */
  static final class FailOnce implements MapFunction<LeadLine, LeadLine>, CheckpointListener {
    private static final long serialVersionUID = 1L;
    static final AtomicBoolean FAILED = new AtomicBoolean();
    static final AtomicInteger CHECKPOINTS = new AtomicInteger();
    private long seen;

    static void reset() {
      FAILED.set(false);
      CHECKPOINTS.set(0);
    }

    @Override
    public LeadLine map(LeadLine lead) throws Exception {
      seen++;
      if (!FAILED.get() && seen > 5_000) {
        if (CHECKPOINTS.get() == 0) {
          // slow down until a checkpoint has completed, so that the restart is from it
          Thread.sleep(5);
          return lead;
        }
        if (FAILED.compareAndSet(false, true)) {
          throw new IllegalStateException("injected failure after " + seen + " leads");
        }
      }
      return lead;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      CHECKPOINTS.incrementAndGet();
    }
  }

  @Test
  void a_worker_whose_recomputed_fingerprint_differs_from_the_drivers_fails_the_job(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // given
    Path contract = BankFixture.repoFile(CONTRACT);
    Path leads = dir.resolve("leads.jsonl");
    Files.writeString(leads, "{\"format\":\"lead-spec.lead/1\",\"id\":\"L-1\",\"deliveredAt\":\"2010-11-02T10:00:00Z\",\"facts\":{\"age\":30}}\n",
        StandardCharsets.UTF_8);
    LeadSpecJob driver = LeadSpecJob.of(List.of(contract), List.of(leads.toUri().toString()), dir.resolve("out").toUri().toString());
    LeadSpecJob job = driver.withHistory(driver.history().withFingerprint(0, "0".repeat(64)));
    StreamExecutionEnvironment env = local(1);
    job.define(env);
    // then
    assertThatThrownBy(() -> env.execute("tampered")).hasStackTraceContaining("differs from the driver's " + "0".repeat(64))
        .hasStackTraceContaining("contract bank-term-deposit v1: fingerprint ");
  }

  private static final String CONTRACT =
      "lead-spec-examples/src/main/resources/dev/leadspec/examples/bank/bank-telemarketing.contract.json";

  private static String lead(String id, String day, int age, int balance) {
    return "{\"format\":\"lead-spec.lead/1\",\"id\":\"" + id + "\",\"deliveredAt\":\"2010-11-" + day
        + "T10:00:00Z\",\"facts\":{\"age\":" + age + ",\"job\":\"management\",\"balance\":" + balance
        + ",\"default\":false,\"previous\":0,\"subscribed\":\"YES\"}}\n";
  }

  @Test
  void a_lead_id_delivered_twice_is_reported_and_counted_once(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // given
    Path leads = Files.createDirectories(dir.resolve("leads"));
    Files.writeString(leads.resolve("monday.jsonl"), lead("L-1", "01", 30, 900) + lead("L-2", "01", 40, 100), StandardCharsets.UTF_8);
    Files.writeString(leads.resolve("tuesday.jsonl"), lead("L-1", "01", 30, 900) + lead("L-3", "02", 50, 5000), StandardCharsets.UTF_8);
    LeadSpecJob job = LeadSpecJob.of(List.of(BankFixture.repoFile(CONTRACT)), List.of(leads.toUri().toString()),
        dir.resolve("out").toUri().toString());
    // when
    Map<String, List<String>> output = run(job, 2);
    // then
    assertThat(BankFixture.lines(output, "duplicates").get("duplicates")).singleElement(
        org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("\"lead\":\"L-1\"").contains("was delivered before, in file:");
    assertThat(BankFixture.lines(output, "verdicts/")).hasSize(2).allSatisfy((bucket, lines) -> assertThat(lines).hasSize(2));
    LeadSpecJson json = LeadSpecJson.standard();
    dev.leadspec.model.Contract contract = json.readContract(Files.readAllBytes(BankFixture.repoFile(CONTRACT)));
    dev.leadspec.eval.Evaluator evaluator = dev.leadspec.eval.Evaluator.of(contract);
    List<dev.leadspec.eval.Verdict> once = List.of(evaluator.evaluate(json.readLead(lead("L-1", "01", 30, 900), contract)),
        evaluator.evaluate(json.readLead(lead("L-2", "01", 40, 100), contract)),
        evaluator.evaluate(json.readLead(lead("L-3", "02", 50, 5000), contract)));
    Statement expected = Statement.of(once, List.of());
    assertThat(expected.total().billable()).isEqualTo(2);
    assertThat(output.get("statements/all")).containsExactly(new String(json.writeStatement(expected), StandardCharsets.UTF_8));
  }

  @Test
  void a_monitored_stream_judges_the_files_that_arrive_while_it_runs(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // given
    Path leads = Files.createDirectories(dir.resolve("leads"));
    Files.writeString(leads.resolve("first.jsonl"), lead("L-1", "01", 30, 900) + lead("L-2", "01", 40, 100), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    LeadSpecJob job = LeadSpecJob.of(List.of(BankFixture.repoFile(CONTRACT)), List.of(leads.toUri().toString()),
        out.toUri().toString()).streaming(Duration.ofMillis(200)).monitoring(Duration.ofMillis(200));
    StreamExecutionEnvironment env = local(1);
    job.define(env);
    // when
    org.apache.flink.core.execution.JobClient client = env.executeAsync("monitored");
    try {
      awaitLines(out, "verdicts/first.jsonl", 2);
      Path hidden = leads.resolve(".second.jsonl");
      Files.writeString(hidden, lead("L-3", "02", 50, 5000), StandardCharsets.UTF_8);
      Files.move(hidden, leads.resolve("second.jsonl"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      // then
      awaitLines(out, "verdicts/second.jsonl", 1);
      assertThat(BankFixture.lines(BankFixture.output(out), "verdicts/second.jsonl").get("verdicts/second.jsonl"))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("\"id\":\"L-3\"")
          .contains("\"outcome\":\"ACCEPTED\"");
    } finally {
      client.cancel().get();
    }
  }

  /** Waits (up to a minute) until a bucket's committed files hold that many lines. */
  private static void awaitLines(Path out, String bucket, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (true) {
      List<String> lines = Files.isDirectory(out) ? BankFixture.lines(BankFixture.output(out), bucket).getOrDefault(bucket, List.of())
          : List.of();
      if (lines.size() >= count) {
        assertThat(lines).hasSize(count);
        return;
      }
      assertThat(System.nanoTime()).as("%s lines of %s committed within a minute", count, bucket).isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
