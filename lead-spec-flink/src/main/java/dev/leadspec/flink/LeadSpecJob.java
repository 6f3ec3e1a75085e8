package dev.leadspec.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
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
 * The lead-spec Flink job: reads leads (JSONL, or CSV by a mapping document, from files or
 * directories) and, optionally, challenges;
 * evaluates every lead by the contract version that governed it at delivery; writes under the
 * output directory {@code verdicts/<input file name>/} the verdict and error lines the CLI's
 * {@code evaluate} writes for that file (the same bytes; as a multiset, since workers write in
 * parallel; a lead whose id an earlier record of the same file had is an error record there, as in
 * {@code evaluate}), {@code rulings/}, {@code duplicates/} (a lead id seen before in another file:
 * its verdict is written, it is not counted again), {@code challenge-errors/}, and {@code statements/<period>/} (one
 * {@code Statement} JSON document per period: {@code all} for a batch, each delivery day for a
 * stream), merged from per-subtask statement accumulators.
 *
 * <p>As a batch (the default) the input is bounded and Flink runs in BATCH mode. As a stream,
 * Flink runs in STREAMING mode with checkpoints and the file sink commits exactly once; with
 * {@link #monitoring(Duration)} the input directories are watched for new files without end; with
 * {@link #contractUpdates(List)} new contract versions reach the running stream as broadcast state.
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
  static final String VERSIONS = "versions";
  static final String CONTRACT_ERRORS = "contract-errors";
  private static final Duration DEFAULT_CHECKPOINTS = Duration.ofSeconds(10);

  private final History history;
  private final List<String> leads;
  private final String output;
  private List<String> challenges = List.of();
  private boolean streaming;
  private Optional<Duration> monitoring = Optional.empty();
  private Duration checkpoints = DEFAULT_CHECKPOINTS;
  private Duration outOfOrderness = Duration.ofHours(1);
  private Optional<Path> mapping = Optional.empty();
  private Optional<String> format = Optional.empty();
  private List<String> contractUpdates = List.of();
  /** For tests: a step between reading the leads and judging them (a failure injected mid-stream). */
  @org.jspecify.annotations.Nullable MapFunction<LeadLine, LeadLine> tap;

  private LeadSpecJob(History history, List<String> leads, String output) {
    this.history = history;
    this.leads = List.copyOf(leads);
    this.output = output;
  }

  /** A copy to change one setting of: every public method returns a new job. */
  private LeadSpecJob copy(History other) {
    LeadSpecJob copy = new LeadSpecJob(other, leads, output);
    copy.challenges = challenges;
    copy.streaming = streaming;
    copy.monitoring = monitoring;
    copy.checkpoints = checkpoints;
    copy.outOfOrderness = outOfOrderness;
    copy.mapping = mapping;
    copy.format = format;
    copy.contractUpdates = contractUpdates;
    return copy;
  }

  /**
   * A batch job over leads files, judged by a contract history read here, on the driver.
   *
   * <pre>{@code
   * LeadSpecJob job = LeadSpecJob.of(List.of(Path.of("contract.json")), List.of("file:///data/leads.jsonl"), "file:///data/out");
   * }</pre>
   *
   * @param contracts the history's versions, as contract JSON documents on the driver's file system
   * @param leads the leads: JSONL or CSV files or directories of them, as Flink file system URIs or paths
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
    return new LeadSpecJob(History.read(contracts), leads, output);
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
    LeadSpecJob job = copy(history);
    job.challenges = List.copyOf(Objects.requireNonNull(files, "files"));
    return job;
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
    LeadSpecJob job = copy(history);
    job.streaming = true;
    job.checkpoints = Objects.requireNonNull(checkpointInterval, "checkpointInterval");
    return job;
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
    LeadSpecJob job = copy(history);
    job.streaming = true;
    job.monitoring = Optional.of(Objects.requireNonNull(interval, "interval"));
    return job;
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
    LeadSpecJob job = copy(history);
    job.outOfOrderness = Objects.requireNonNull(bound, "bound");
    return job;
  }

  /**
   * The same job reading CSV leads by a mapping document ({@code lead-spec.mapping/1}, as
   * {@code evaluate --mapping} takes it): read here, on the driver, and shipped to the workers.
   * Without one, a CSV file's columns feed the fields of their names. Whether the mapping fits
   * the contract and each CSV file's header is checked by {@link #define}, before any lead is read.
   *
   * <pre>{@code
   * job = job.mapping(Path.of("bank.mapping.json"));
   * }</pre>
   *
   * @param document the mapping document on the driver's file system
   * @return a new job
   */
  public LeadSpecJob mapping(Path document) {
    LeadSpecJob job = copy(history);
    job.mapping = Optional.of(Objects.requireNonNull(document, "document"));
    return job;
  }

  /**
   * The same job reading every leads file in one format, {@code csv} or {@code jsonl}; unless
   * stated, a file whose name ends in {@code .csv} is CSV and any other JSONL, as in the CLI.
   *
   * <pre>{@code
   * job = job.format("csv");
   * }</pre>
   *
   * @param name {@code csv} or {@code jsonl}
   * @return a new job
   */
  public LeadSpecJob format(String name) {
    LeadSpecJob job = copy(history);
    job.format = Optional.of(Objects.requireNonNull(name, "name").toLowerCase(java.util.Locale.ROOT));
    return job;
  }

  /**
   * The same job as a stream that takes new contract versions while it runs: these directories
   * are watched (at the {@link #monitoring(Duration) monitoring} interval, 10 s unless stated) for
   * contract documents, one version per file, which are broadcast to every evaluating subtask and
   * kept in its broadcast state. A lead is judged by the versions known when it is processed;
   * see the module README for the rule and for what an auditor can check.
   *
   * <pre>{@code
   * job = job.streaming(Duration.ofSeconds(10)).contractUpdates(List.of("s3://contracts/bank/"));
   * }</pre>
   *
   * @param directories directories (Flink file system URIs or paths) where new versions are put
   * @return a new job, a stream
   */
  public LeadSpecJob contractUpdates(List<String> directories) {
    LeadSpecJob job = copy(history);
    job.streaming = true;
    job.contractUpdates = List.copyOf(Objects.requireNonNull(directories, "directories"));
    return job;
  }

  /** The same job shipping another history: for tests of the workers' fingerprint check. */
  LeadSpecJob withHistory(History other) {
    return copy(other);
  }

  History history() {
    return history;
  }

  String outputForTests() {
    return output;
  }

  /**
   * Defines the job's sources, operators and sinks on an environment, and sets its runtime mode
   * (and, for a stream without checkpointing configured, the checkpoint interval). The leads'
   * mapping is checked here, against the contract and the header of every CSV file the leads
   * paths hold now, before any lead is read.
   *
   * <pre>{@code
   * job.define(env);
   * env.execute("lead-spec");
   * }</pre>
   *
   * @param env the environment
   * @throws dev.leadspec.model.MappingException naming every problem, if the mapping does not fit
   */
  public void define(StreamExecutionEnvironment env) {
    Objects.requireNonNull(env, "env");
    LeadFormat leadFormat = LeadFormat.of(history, mapping.orElse(null), format.orElse(null));
    leadFormat.check(leads);
    env.setRuntimeMode(streaming ? RuntimeExecutionMode.STREAMING : RuntimeExecutionMode.BATCH);
    if (streaming && !env.getCheckpointConfig().isCheckpointingEnabled()) {
      env.enableCheckpointing(checkpoints.toMillis());
    }
    WatermarkStrategy<LeadLine> leadTime = WatermarkStrategy.<LeadLine>forBoundedOutOfOrderness(outOfOrderness)
        .withTimestampAssigner((lead, previous) -> lead.deliveredAt);
    SingleOutputStreamOperator<LeadLine> leadRecords = env
        .fromSource(source(leadFormat, leads, monitoring), leadTime, "leads", TypeInformation.of(LeadLine.class)).uid("leads")
        .process(new Route.Leads(), TypeInformation.of(LeadLine.class)).name("lead errors").uid("lead-errors");

    DataStream<LeadLine> judged = tap == null ? leadRecords : leadRecords.map(tap, TypeInformation.of(LeadLine.class)).name("tap");
    TypeInformation<LeadOrChallenge> inputType = TypeInformation.of(LeadOrChallenge.class);
    DataStream<LeadOrChallenge> inputs = judged.map(LeadOrChallenge::of, inputType).name("leads in").uid("leads-in");
    DataStream<OutputLine> challengeErrors = null;
    if (!challenges.isEmpty()) {
      WatermarkStrategy<ChallengeLine> filedTime = WatermarkStrategy.<ChallengeLine>forBoundedOutOfOrderness(outOfOrderness)
          .withTimestampAssigner((challenge, previous) -> challenge.filedAt);
      SingleOutputStreamOperator<ChallengeLine> routed = env
          .fromSource(source(new ChallengeFormat(history), challenges, monitoring), filedTime, "challenges",
              TypeInformation.of(ChallengeLine.class)).uid("challenges")
          .process(new Route.Challenges(), TypeInformation.of(ChallengeLine.class)).name("challenge errors").uid("challenge-errors");
      inputs = inputs.union(routed.map(LeadOrChallenge::of, inputType).name("challenges in").uid("challenges-in"));
      challengeErrors = routed.getSideOutput(Route.ERRORS);
    }
    DataStream<ContractLine> versions;
    if (contractUpdates.isEmpty()) {
      versions = leadRecords.flatMap(new NoVersions(), TypeInformation.of(ContractLine.class)).name("no versions").uid("no-versions");
    } else {
      if (!streaming) {
        throw new IllegalStateException("lead-spec job: contract updates reach a stream; a batch is judged by the versions it is given");
      }
      // versions carry no event time: their watermark is at the end of time, so that the leads' alone governs
      WatermarkStrategy<ContractLine> noEventTime = WatermarkStrategy.forGenerator(context -> new EndOfTime());
      versions = env.fromSource(source(new ContractFormat(), contractUpdates, Optional.of(monitoring.orElse(DEFAULT_CHECKPOINTS))),
          noEventTime, "contract versions", TypeInformation.of(ContractLine.class)).uid("contract-versions");
    }

    SingleOutputStreamOperator<OutputLine> settled = inputs.keyBy(LeadOrChallenge::leadId, Types.STRING)
        .connect(versions.broadcast())
        .transform("settle", TypeInformation.of(OutputLine.class), new SettleOperator(new Settle(history, streaming), streaming))
        .uid("settle");

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

  private static <T> FileSource<T> source(RecordFormat<T> format, List<String> paths, Optional<Duration> monitoring) {
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
   * [--challenges DIR] --output DIR [--mapping FILE] [--leads-format csv|jsonl] [--stream [--monitor SECONDS]]
   * [--contract-updates DIR] [--checkpoint-interval SECONDS] [--out-of-orderness SECONDS]}.
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
    Path mappingFile = null;
    String leadFormat = null;
    List<String> updates = new ArrayList<>();
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
        case "--mapping" -> mappingFile = Path.of(value);
        case "--leads-format", "--format" -> leadFormat = value; // --format: the first spelling, kept
        case "--contract-updates" -> updates.add(value);
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
    if (mappingFile != null) {
      job = job.mapping(mappingFile);
    }
    if (leadFormat != null) {
      job = job.format(leadFormat);
    }
    if (!updates.isEmpty()) {
      job = job.streaming(checkpoints).contractUpdates(updates);
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    job.define(env);
    env.execute("lead-spec " + String.join(" ", leads));
  }

  private static final String USAGE = "usage: --contract FILE [--contract FILE]... --leads PATH [--leads PATH]... "
      + "[--challenges PATH]... --output DIR [--mapping FILE] [--leads-format csv|jsonl] [--stream] [--monitor SECONDS] "
      + "[--contract-updates DIR]... [--checkpoint-interval SECONDS] [--out-of-orderness SECONDS]";

  /** A stream of no contract versions (the job takes none while it runs). */
  private static final class NoVersions implements FlatMapFunction<LeadLine, ContractLine> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(LeadLine lead, Collector<ContractLine> out) {
      // nothing: the job was given no directory of contract updates
    }
  }

  /** Contract versions are no events in time: their input's watermark is always at the end of time. */
  private static final class EndOfTime implements WatermarkGenerator<ContractLine> {
    @Override
    public void onEvent(ContractLine version, long timestamp, WatermarkOutput output) {
      output.emitWatermark(new Watermark(Long.MAX_VALUE));
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
      output.emitWatermark(new Watermark(Long.MAX_VALUE));
    }
  }
}
