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

  @Test
  void a_batch_over_the_bank_csv_with_a_mapping_document_writes_the_cli_verdict_and_error_lines() throws Exception {
    assumeTrue(bank.isPresent(), "no bank-full.csv beside the clone");
    BankFixture fixture = bank.get();
    // given: the UCI file as published, and three hostile rows after it
    Path csvDir = Files.createDirectories(fixture.dir.resolve("csv"));
    Path csv = csvDir.resolve("bank-full.csv");
    Files.copy(BankFixture.bankFull().orElseThrow(), csv);
    Files.writeString(csv, "\"58\"x;\"management\"\n"
        + "old;\"management\";\"married\";\"tertiary\";\"no\";2143;\"yes\";\"no\";\"unknown\";5;\"may\";261;1;-1;0;\"unknown\";\"no\"\n"
        + "41;\"services\"\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path mapping = fixture.dir.resolve("bank.mapping.json");
    Files.writeString(mapping, "{\"format\": \"lead-spec.mapping/1\", \"separator\": \";\", \"unknown\": [\"unknown\"],\n"
        + " \"deliveredAt\": \"2010-11-30T09:00:00Z\", \"columns\": {\"y\": {\"field\": \"subscribed\"}}}\n", StandardCharsets.UTF_8);
    LeadSpecJob job = LeadSpecJob.of(fixture.contracts(2), List.of(csvDir.toUri().toString()),
        fixture.dir.resolve("out-csv").toUri().toString()).mapping(mapping);
    // when
    Map<String, List<String>> output = run(job, 2);
    // then
    List<String> cli = fixture.cli(fixture.contracts(2), csv, "--mapping", mapping.toString());
    assertThat(cli).hasSize(45_211 + 3);
    assertThat(BankFixture.difference(BankFixture.lines(output, "verdicts/"), Map.of("verdicts/bank-full.csv", cli))).isEmpty();
    assertThat(cli.stream().filter(line -> line.contains("\"lead-spec.error/1\""))).hasSize(3)
        .anySatisfy(line -> assertThat(line).contains("\"line\":45213").contains("not doubled"))
        .anySatisfy(line -> assertThat(line).contains("\"line\":45214").contains("\"lead\":\"line-45214\"").contains("\\\"old\\\""))
        .anySatisfy(line -> assertThat(line).contains("\"line\":45215").contains("has 2 cells"));
  }

  @Test
  void a_mapping_that_does_not_fit_fails_the_job_before_any_lead_is_read_naming_each_problem(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // given: a header without the mapped column, a mapping to a field the contract lacks
    Path leads = Files.createDirectories(dir.resolve("leads"));
    Files.writeString(leads.resolve("monday.csv"), "age;job;balance\n30;management;900\n", StandardCharsets.UTF_8);
    Path mapping = dir.resolve("m.json");
    Files.writeString(mapping, "{\"format\": \"lead-spec.mapping/1\", \"separator\": \";\", \"deliveredAt\": \"2010-11-02T10:00:00Z\",\n"
        + " \"columns\": {\"y\": {\"field\": \"subscribed\"}, \"job\": {\"field\": \"jobb\"}}}\n", StandardCharsets.UTF_8);
    LeadSpecJob job = LeadSpecJob.of(List.of(BankFixture.repoFile(CONTRACT)), List.of(leads.toUri().toString()),
        dir.resolve("out").toUri().toString()).mapping(mapping);
    // when
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> job.define(local(1)));
    // then
    assertThat(thrown).isInstanceOf(dev.leadspec.model.MappingException.class);
    List<String> problems = ((dev.leadspec.model.MappingException) thrown).problems();
    assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("\"jobb\""))
        .anySatisfy(problem -> assertThat(problem).contains("monday.csv").contains("\"y\""));
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void a_version_that_reaches_a_running_stream_judges_the_leads_that_come_after_it_and_survives_a_restore() throws Exception {
    assumeTrue(bank.isPresent(), "no bank-full.csv beside the clone");
    BankFixture fixture = bank.get();
    // given: a stream started with v1 alone, leads of the whole month before and after v2 (from 2010-11-16) reaches it
    Path root = Files.createDirectories(fixture.dir.resolve("updates"));
    Path leads = Files.createDirectories(root.resolve("leads"));
    Path contracts = Files.createDirectories(root.resolve("contracts"));
    Path out = root.resolve("out");
    Path before = root.resolve("before.jsonl");
    Path after = root.resolve("after.jsonl");
    LeadSpecJson json = LeadSpecJson.standard();
    try (java.io.OutputStream first = Files.newOutputStream(before); java.io.OutputStream second = Files.newOutputStream(after)) {
      for (int i = 0; i < 1_200; i++) {
        (i % 2 == 0 ? first : second).write(json.writeLead(fixture.leads.get(i * 37)));
      }
    }
    FailOnceAfterUpdate.reset();
    LeadSpecJob job = LeadSpecJob.of(List.of(fixture.v1), List.of(leads.toUri().toString()), out.toUri().toString())
        .streaming(Duration.ofMillis(200)).monitoring(Duration.ofMillis(200)).contractUpdates(List.of(contracts.toUri().toString()));
    job.tap = new FailOnceAfterUpdate();
    StreamExecutionEnvironment env = local(2);
    job.define(env);
    org.apache.flink.core.execution.JobClient client = env.executeAsync("contract updates");
    try {
      // when: leads judged by v1 alone; then a file that is no contract, a v1 that is not v1, and v2; then more leads
      drop(before, leads.resolve("before.jsonl"));
      awaitLines(out, "verdicts/before.jsonl", 600);
      Files.writeString(contracts.resolve(".garbage.json"), "{\"format\": \"lead-spec.contract/1\",", StandardCharsets.UTF_8);
      Files.move(contracts.resolve(".garbage.json"), contracts.resolve("garbage.json"));
      drop(fixture.v2, contracts.resolve("bank-v2.json"));
      String notV1 = Files.readString(fixture.v1, StandardCharsets.UTF_8).replace("\"amount\": \"40\"", "\"amount\": \"41\"");
      Files.writeString(contracts.resolve(".other-v1.json"), notV1, StandardCharsets.UTF_8);
      Files.move(contracts.resolve(".other-v1.json"), contracts.resolve("other-v1.json"));
      awaitLines(out, LeadSpecJob.VERSIONS, 1);
      awaitLines(out, LeadSpecJob.CONTRACT_ERRORS, 2);
      drop(after, leads.resolve("after.jsonl"));
      awaitLines(out, "verdicts/after.jsonl", 600);
    } finally {
      client.cancel().get();
    }
    // then: the leads before v2 came as the CLI judges them with v1 alone (those delivered from 2010-11-16 too: v2
    // was not known), those after as the CLI judges them with both versions, though the job failed and was restored
    Map<String, List<String>> output = BankFixture.output(out);
    assertThat(FailOnceAfterUpdate.FAILED).as("the failure was injected after v2 was taken").isTrue();
    assertThat(BankFixture.lines(output, "verdicts/before.jsonl").get("verdicts/before.jsonl"))
        .isEqualTo(fixture.cli(List.of(fixture.v1), before));
    List<String> judgedAfter = BankFixture.lines(output, "verdicts/after.jsonl").get("verdicts/after.jsonl");
    assertThat(judgedAfter).isEqualTo(fixture.cli(fixture.contracts(2), after));
    assertThat(judgedAfter).anySatisfy(line -> assertThat(line).contains("\"version\":2"))
        .anySatisfy(line -> assertThat(line).contains("\"version\":1"));
    String fingerprint = json.fingerprint(json.readContract(Files.readAllBytes(fixture.v2)));
    assertThat(BankFixture.lines(output, LeadSpecJob.VERSIONS).get(LeadSpecJob.VERSIONS)).singleElement(
        org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("\"version\":2").contains(fingerprint)
        .contains("bank-v2.json");
    assertThat(BankFixture.lines(output, LeadSpecJob.CONTRACT_ERRORS).get(LeadSpecJob.CONTRACT_ERRORS))
        .anySatisfy(line -> assertThat(line).contains("garbage.json"))
        .anySatisfy(line -> assertThat(line).contains("other-v1.json").contains("version 1 is given twice"));
  }

  @Test
  void a_version_whose_fingerprint_on_the_worker_differs_from_the_one_computed_where_it_was_read_fails_the_job()
      throws Exception {
    // given
    byte[] document = Files.readAllBytes(BankFixture.repoFile(CONTRACT));
    // then
    assertThatThrownBy(() -> Settle.checked(document, "0".repeat(64), "the version read from s3://contracts/v2.json"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("contract bank-term-deposit v1: fingerprint ")
        .hasMessageContaining("differs from " + "0".repeat(64) + " in the version read from s3://contracts/v2.json");
  }

  /** Puts a file into a watched directory whole: written hidden, then renamed. */
  private static void drop(Path from, Path to) throws IOException {
    Path hidden = to.resolveSibling("." + to.getFileName());
    Files.copy(from, hidden);
    Files.move(hidden, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Fails the job once, at the first lead of a file named after..., that is once a new version was taken. */
  static final class FailOnceAfterUpdate implements MapFunction<LeadLine, LeadLine> {
    private static final long serialVersionUID = 1L;
    static final AtomicBoolean FAILED = new AtomicBoolean();

    static void reset() {
      FAILED.set(false);
    }

    @Override
    public LeadLine map(LeadLine lead) {
      if (lead.source.endsWith("after.jsonl") && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("injected failure at " + lead);
      }
      return lead;
    }
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
  void a_lead_id_delivered_twice_in_a_file_is_the_clis_error_record_and_across_files_is_reported_and_counted_once(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // given: L-2 twice in one file, as evaluate reads it; L-1 in two files, which no one evaluate run reads together
    Path leads = Files.createDirectories(dir.resolve("leads"));
    Files.writeString(leads.resolve("monday.jsonl"), lead("L-1", "01", 30, 900) + lead("L-2", "01", 40, 100)
        + lead("L-2", "01", 41, 200), StandardCharsets.UTF_8);
    Files.writeString(leads.resolve("tuesday.jsonl"), lead("L-1", "01", 30, 900) + lead("L-3", "02", 50, 5000), StandardCharsets.UTF_8);
    LeadSpecJob job = LeadSpecJob.of(List.of(BankFixture.repoFile(CONTRACT)), List.of(leads.toUri().toString()),
        dir.resolve("out").toUri().toString());
    // when
    Map<String, List<String>> output = run(job, 2);
    // then: each file's lines are evaluate's for it, the second L-2 an error record in place of a verdict
    Map<String, List<String>> verdicts = BankFixture.lines(output, "verdicts/");
    for (String file : List.of("monday.jsonl", "tuesday.jsonl")) {
      assertThat(verdicts.get("verdicts/" + file)).as(file)
          .isEqualTo(BankFixture.evaluate(dir, List.of(BankFixture.repoFile(CONTRACT)), leads.resolve(file)));
    }
    assertThat(verdicts.get("verdicts/monday.jsonl")).hasSize(3).filteredOn(line -> line.contains("\"lead-spec.error/1\""))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("\"line\":3").contains("\"lead\":\"L-2\"")
        .contains("duplicate lead id: an earlier record has it");
    assertThat(BankFixture.lines(output, "duplicates").get("duplicates")).singleElement(
        org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("\"lead\":\"L-1\"").contains("was delivered before, in file:");
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
