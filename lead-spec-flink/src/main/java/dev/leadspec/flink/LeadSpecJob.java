package dev.leadspec.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.util.Collector;

/**
 * The lead-spec Flink job: reads leads (JSONL files or directories) and, optionally, challenges;
 * evaluates every lead by the contract version that governed it at delivery; writes under the
 * output directory {@code verdicts/<input file name>/} the verdict and error lines the CLI's
 * {@code evaluate} writes for that file (the same bytes; as a multiset, since workers write in
 * parallel), {@code rulings/}, {@code duplicates/} (a lead id seen before: its verdict is written,
 * it is not counted again), {@code challenge-errors/}, and {@code statements/<period>/} (one
 * {@code Statement} JSON document per period: {@code all} for a batch, each delivery day for a
 * stream), merged from per-subtask statement accumulators.
 *
 * <p>As a batch (the default) the input is bounded and Flink runs in BATCH mode. As a stream,
 * Flink runs in STREAMING mode with checkpoints and the file sink commits exactly once; with
 * {@link #monitoring(Duration)} the input directories are watched for new files without end.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * LeadSpecJob.of(List.of(Path.of("v1.json"), Path.of("v2.json")), List.of("s3://leads/2010-11/"), "s3://out/2010-11")
 *     .challenges(List.of("s3://challenges/2010-11/"))
 *     .define(env);
 * env.execute("lead-spec 2010-11");
 * }</pre>
 */
public final class LeadSpecJob {
  static final String RULINGS = "rulings";
  static final String DUPLICATES = "duplicates";
  static final String CHALLENGE_ERRORS = "challenge-errors";
  private static final Duration DEFAULT_CHECKPOINTS = Duration.ofSeconds(10);

  private final History history;
  private final List<String> leads;
  private final List<String> challenges;
  private final String output;
  private final boolean streaming;
  private final Optional<Duration> monitoring;
  private final Duration checkpoints;
  private final Duration outOfOrderness;
  /** For tests: a step between reading the leads and judging them (a failure injected mid-stream). */
  @org.jspecify.annotations.Nullable MapFunction<LeadLine, LeadLine> tap;

  private LeadSpecJob(History history, List<String> leads, List<String> challenges, String output, boolean streaming,
      Optional<Duration> monitoring, Duration checkpoints, Duration outOfOrderness) {
    this.history = history;
    this.leads = List.copyOf(leads);
    this.challenges = List.copyOf(challenges);
    this.output = output;
    this.streaming = streaming;
    this.monitoring = monitoring;
    this.checkpoints = checkpoints;
    this.outOfOrderness = outOfOrderness;
  }

  /**
   * A batch job over leads files, judged by a contract history read here, on the driver.
   *
   * <pre>{@code
   * LeadSpecJob job = LeadSpecJob.of(List.of(Path.of("contract.json")), List.of("file:///data/leads.jsonl"), "file:///data/out");
   * }</pre>
   *
   * @param contracts the history's versions, as contract JSON documents on the driver's file system
   * @param leads the leads: JSONL files or directories of them, as Flink file system URIs or paths
   * @param output the output directory, as a Flink file system URI or path
   * @return the job, not yet defined on any environment
   * @throws IllegalArgumentException if a list is empty
   * @throws java.io.UncheckedIOException if a contract cannot be read
   * @throws dev.leadspec.model.LeadSpecException if a contract is invalid or the versions are no history
   */
  public static LeadSpecJob of(List<Path> contracts, List<String> leads, String output) {
    Objects.requireNonNull(contracts, "contracts");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(output, "output");
    if (contracts.isEmpty() || leads.isEmpty()) {
      throw new IllegalArgumentException("lead-spec job: needs at least one contract and one leads path");
    }
    return new LeadSpecJob(History.read(contracts), leads, List.of(), output, false, Optional.empty(), DEFAULT_CHECKPOINTS,
        Duration.ofHours(1));
  }

  /**
   * The same job, ruling also on the challenges in these files: each joined to its lead by id.
   *
   * <pre>{@code
   * job = job.challenges(List.of("file:///data/challenges.jsonl"));
   * }</pre>
   *
   * @param files challenge JSONL files or directories
   * @return a new job
   */
  public LeadSpecJob challenges(List<String> files) {
    return new LeadSpecJob(history, leads, Objects.requireNonNull(files, "files"), output, streaming, monitoring, checkpoints,
        outOfOrderness);
  }

  /**
   * The same job as a stream over its (bounded) input: STREAMING mode, a checkpoint at this
   * interval, files committed exactly once, a statement per delivery day when its challenge
   * window has closed in event time.
   *
   * <pre>{@code
   * job = job.streaming(Duration.ofSeconds(10));
   * }</pre>
   *
   * @param checkpointInterval how often to checkpoint
   * @return a new job
   */
  public LeadSpecJob streaming(Duration checkpointInterval) {
    return new LeadSpecJob(history, leads, challenges, output, true, monitoring,
        Objects.requireNonNull(checkpointInterval, "checkpointInterval"), outOfOrderness);
  }

  /**
   * The same job as a stream without end: the leads and challenges directories are watched for
   * new files at this interval (checkpointing as {@link #streaming(Duration)}, every 10 s unless stated).
   *
   * <pre>{@code
   * job = job.monitoring(Duration.ofSeconds(30));
   * }</pre>
   *
   * @param interval how often to look for new files
   * @return a new job
   */
  public LeadSpecJob monitoring(Duration interval) {
    return new LeadSpecJob(history, leads, challenges, output, true, Optional.of(Objects.requireNonNull(interval, "interval")),
        checkpoints, outOfOrderness);
  }

  /**
   * The same job with another bound on how far out of delivery order leads (and out of filing
   * order challenges) arrive; a stream's watermark lags by it (1 hour unless stated).
   *
   * <pre>{@code
   * job = job.outOfOrderness(Duration.ofDays(1));
   * }</pre>
   *
   * @param bound the bound
   * @return a new job
   */
  public LeadSpecJob outOfOrderness(Duration bound) {
    return new LeadSpecJob(history, leads, challenges, output, streaming, monitoring, checkpoints,
        Objects.requireNonNull(bound, "bound"));
  }

  /** The same job shipping another history: for tests of the workers' fingerprint check. */
  LeadSpecJob withHistory(History other) {
    return new LeadSpecJob(other, leads, challenges, output, streaming, monitoring, checkpoints, outOfOrderness);
  }

  History history() {
    return history;
  }

  String outputForTests() {
    return output;
  }

  /**
   * Defines the job's sources, operators and sinks on an environment, and sets its runtime mode
   * (and, for a stream without checkpointing configured, the checkpoint interval).
   *
   * <pre>{@code
   * job.define(env);
   * env.execute("lead-spec");
   * }</pre>
   *
   * @param env the environment
   */
  public void define(StreamExecutionEnvironment env) {
    Objects.requireNonNull(env, "env");
    env.setRuntimeMode(streaming ? RuntimeExecutionMode.STREAMING : RuntimeExecutionMode.BATCH);
    if (streaming && !env.getCheckpointConfig().isCheckpointingEnabled()) {
      env.enableCheckpointing(checkpoints.toMillis());
    }
    WatermarkStrategy<LeadLine> leadTime = WatermarkStrategy.<LeadLine>forBoundedOutOfOrderness(outOfOrderness)
        .withTimestampAssigner((lead, previous) -> lead.deliveredAt);
    SingleOutputStreamOperator<LeadLine> leadRecords = env
        .fromSource(source(new LeadFormat(history), leads), leadTime, "leads", TypeInformation.of(LeadLine.class)).uid("leads")
        .process(new Route.Leads(), TypeInformation.of(LeadLine.class)).name("lead errors").uid("lead-errors");

    DataStream<LeadLine> judged = tap == null ? leadRecords : leadRecords.map(tap, TypeInformation.of(LeadLine.class)).name("tap");
    DataStream<ChallengeLine> challengeRecords;
    DataStream<OutputLine> challengeErrors;
    if (challenges.isEmpty()) {
      challengeRecords = leadRecords.flatMap(new NoChallenges(), TypeInformation.of(ChallengeLine.class)).name("no challenges").uid("no-challenges");
      challengeErrors = null;
    } else {
      WatermarkStrategy<ChallengeLine> filedTime = WatermarkStrategy.<ChallengeLine>forBoundedOutOfOrderness(outOfOrderness)
          .withTimestampAssigner((challenge, previous) -> challenge.filedAt);
      SingleOutputStreamOperator<ChallengeLine> routed = env
          .fromSource(source(new ChallengeFormat(history), challenges), filedTime, "challenges",
              TypeInformation.of(ChallengeLine.class)).uid("challenges")
          .process(new Route.Challenges(), TypeInformation.of(ChallengeLine.class)).name("challenge errors").uid("challenge-errors");
      challengeRecords = routed;
      challengeErrors = routed.getSideOutput(Route.ERRORS);
    }

    SingleOutputStreamOperator<OutputLine> settled = judged.keyBy(lead -> lead.leadId, Types.STRING)
        .connect(challengeRecords.keyBy(challenge -> challenge.leadId, Types.STRING))
        .transform("settle", TypeInformation.of(OutputLine.class), new SettleOperator(new Settle(history, streaming), streaming)).uid("settle");

    DataStream<OutputLine> lines = settled.union(leadRecords.getSideOutput(Route.ERRORS));
    if (challengeErrors != null) {
      lines = lines.union(challengeErrors);
    }
    lines.sinkTo(sink(output, ".jsonl")).name("lines").uid("lines");

    settled.getSideOutput(Settle.PARTIALS)
        .keyBy(part -> part.period, Types.STRING)
        .process(new MergeStatements(), TypeInformation.of(OutputLine.class)).name("merge statements").uid("merge-statements")
        .sinkTo(sink(output + "/statements", ".json")).name("statements").uid("statements");
  }

  private <T> FileSource<T> source(RecordFormat<T> format, List<String> paths) {
    org.apache.flink.core.fs.Path[] inputs = new org.apache.flink.core.fs.Path[paths.size()];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = new org.apache.flink.core.fs.Path(paths.get(i));
    }
    FileSource.FileSourceBuilder<T> builder = FileSource.forBulkFileFormat(format, inputs);
    if (monitoring.isPresent()) {
      builder.monitorContinuously(monitoring.get());
    }
    return builder.build();
  }

  private static FileSink<OutputLine> sink(String directory, String suffix) {
    Buckets buckets = new Buckets();
    return FileSink.forRowFormat(new org.apache.flink.core.fs.Path(directory), (org.apache.flink.api.common.serialization.Encoder<OutputLine>) buckets)
        .withBucketAssigner(buckets)
        .withRollingPolicy(OnCheckpointRollingPolicy.build())
        .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(suffix).build())
        .build();
  }

  /** The bucket of the verdict and error lines of an input file: {@code verdicts/<its name>}. */
  static String verdictBucket(String source) {
    return "verdicts/" + new org.apache.flink.core.fs.Path(source).getName();
  }

  /**
   * Runs the job: {@code flink run lead-spec-flink.jar --contract v1.json [--contract v2.json] --leads DIR
   * [--challenges DIR] --output DIR [--stream [--monitor SECONDS]] [--checkpoint-interval SECONDS]
   * [--out-of-orderness SECONDS]}.
   *
   * <pre>{@code
   * LeadSpecJob.main(new String[] {"--contract", "v1.json", "--leads", "hdfs:///leads", "--output", "hdfs:///out"});
   * }</pre>
   *
   * @param args the arguments
   * @throws Exception if the job fails
   * @throws IllegalArgumentException on a usage error
   */
  public static void main(String[] args) throws Exception {
    List<Path> contracts = new ArrayList<>();
    List<String> leads = new ArrayList<>();
    List<String> challenges = new ArrayList<>();
    String output = null;
    boolean stream = false;
    Duration monitor = null;
    Duration checkpoints = DEFAULT_CHECKPOINTS;
    Duration outOfOrder = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--stream")) {
        stream = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("lead-spec job: " + option + " needs a value; " + USAGE);
      }
      String value = args[++i];
      switch (option) {
        case "--contract" -> contracts.add(Path.of(value));
        case "--leads" -> leads.add(value);
        case "--challenges" -> challenges.add(value);
        case "--output" -> output = value;
        case "--monitor" -> monitor = Duration.ofSeconds(Long.parseLong(value));
        case "--checkpoint-interval" -> checkpoints = Duration.ofSeconds(Long.parseLong(value));
        case "--out-of-orderness" -> outOfOrder = Duration.ofSeconds(Long.parseLong(value));
        default -> throw new IllegalArgumentException("lead-spec job: unknown option " + option + "; " + USAGE);
      }
    }
    if (output == null || contracts.isEmpty() || leads.isEmpty()) {
      throw new IllegalArgumentException("lead-spec job: --contract, --leads and --output are required; " + USAGE);
    }
    LeadSpecJob job = of(contracts, leads, output).challenges(challenges);
    if (outOfOrder != null) {
      job = job.outOfOrderness(outOfOrder);
    }
    if (stream || monitor != null) {
      job = job.streaming(checkpoints);
    }
    if (monitor != null) {
      job = job.monitoring(monitor);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    job.define(env);
    env.execute("lead-spec " + String.join(" ", leads));
  }

  private static final String USAGE = "usage: --contract FILE [--contract FILE]... --leads PATH [--leads PATH]... "
      + "[--challenges PATH]... --output DIR [--stream] [--monitor SECONDS] [--checkpoint-interval SECONDS] "
      + "[--out-of-orderness SECONDS]";

  /** A stream of no challenges that keeps the leads' watermarks. */
  private static final class NoChallenges implements FlatMapFunction<LeadLine, ChallengeLine> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(LeadLine lead, Collector<ChallengeLine> out) {
      // nothing: the job was given no challenges
    }
  }
}
