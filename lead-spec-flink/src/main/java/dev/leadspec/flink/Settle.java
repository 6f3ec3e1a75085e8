package dev.leadspec.flink;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Challenge;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.StatementAccumulator;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSpecJson;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;


/**
 * Per lead id: evaluates the lead, writes its verdict line (as the CLI would), keeps it until its
 * challenge window closes (an event-time timer at delivery plus the governing version's window;
 * in BATCH mode every timer fires at the end of its key), rules then on the challenges that came
 * for it, and counts it once in this subtask's statement accumulator of its period. A lead whose
 * id an earlier record of its own file had never comes here: the reader made it the error record
 * {@code evaluate} writes. A lead whose id came first from another file gets its verdict line (its
 * file's lines are {@code evaluate}'s for that file) and a record under {@code duplicates/}, and is
 * not counted again.
 * {@link SettleOperator} sends the accumulators on: never a record per lead.
 *
 * <p>The contract history is the one shipped with the job plus the versions that reached the
 * running stream on the broadcast input: each is parsed and fingerprinted again here (a
 * fingerprint that differs from the one computed where the file was read fails the job, as for
 * the shipped versions), added to the broadcast state (so that it survives a restore) unless it
 * does not fit the history (then an error record under {@code contract-errors/}), and recorded
 * under {@code versions/}. A lead is judged by the history as known when the lead is processed
 * (its verdict names the version and its fingerprint), and settled by the version that judged it.
 */
final class Settle extends KeyedBroadcastProcessFunction<String, LeadOrChallenge, ContractLine, OutputLine> {
  private static final long serialVersionUID = 1L;
  /** The subtask's statement parts. */
  static final OutputTag<PartialStatement> PARTIALS = new OutputTag<>("partial-statements",
      TypeInformation.of(PartialStatement.class));
  static final String ALL = "all";
  /** The versions that reached the stream, by fingerprint: their documents. */
  static final MapStateDescriptor<String, byte[]> VERSIONS = new MapStateDescriptor<>("contract-versions", Types.STRING,
      PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
  private static final int RECENT = 1024;

  private final History history;
  private final boolean byDay;

  private transient ContractHistory contracts;
  private transient Contract typing;
  /** As the CLI: one version judges every lead; a history, each by the version that governed its delivery. */
  private transient Function<Lead, Verdict> evaluator;
  private transient Lines lines;
  private transient long longestWindow;
  /** Every version known, by fingerprint, and by version number. */
  private transient Map<String, Contract> known;
  private transient Map<Integer, Contract> numbered;
  /** Per version that judged a lead: its evaluator, and the arbiter of the history up to it. */
  private transient Map<Integer, Evaluator> evaluators;
  private transient Map<Integer, Arbiter> arbiters;
  /** Whether the broadcast state was looked at since this task opened (after a restore it holds versions). */
  private transient boolean restored;
  private transient ValueState<Integer> judgedBy;
  private transient ValueState<String> counted;
  private transient ValueState<byte[]> pending;
  private transient ListState<ChallengeLine> challenges;
  private transient ValueState<Boolean> settled;
  /** Leads judged lately, by id, so that settling at the end of a key (BATCH) need not read them again. */
  private transient Map<String, Judged> recent;
  /** This subtask's accumulators by period, since they were last sent. */
  private transient Map<String, StatementAccumulator> periods;
  private transient Map<String, Long> closing;

  /**
   * @param history the contract history as shipped
   * @param byDay whether periods are days of delivery (a stream) rather than the whole input (a batch)
   */
  Settle(History history, boolean byDay) {
    this.history = history;
    this.byDay = byDay;
  }

  @Override
  @SuppressWarnings("serial")
  public void open(OpenContext context) {
    ContractHistory shipped = history.compile();
    known = new LinkedHashMap<>();
    for (int i = 0; i < shipped.versions().size(); i++) {
      known.put(history.fingerprints().get(i), shipped.versions().get(i));
    }
    use(shipped);
    lines = new Lines();
    counted = getRuntimeContext().getState(new ValueStateDescriptor<>("counted", Types.STRING));
    pending = getRuntimeContext().getState(new ValueStateDescriptor<>("lead", org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    challenges = getRuntimeContext().getListState(new ListStateDescriptor<>("challenges", TypeInformation.of(ChallengeLine.class)));
    settled = getRuntimeContext().getState(new ValueStateDescriptor<>("settled", Types.BOOLEAN));
    judgedBy = getRuntimeContext().getState(new ValueStateDescriptor<>("judged-by", Types.INT));
    recent = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Judged> eldest) {
        return size() > RECENT;
      }
    };
    periods = new TreeMap<>();
    closing = new TreeMap<>();
  }

  /** Judges by a history from now on: the latest version types the facts; one version judges every lead, as in the CLI. */
  private void use(ContractHistory next) {
    contracts = next;
    typing = next.latest();
    evaluator = next.versions().size() == 1 ? Evaluator.of(typing)::evaluate : next::evaluate;
    longestWindow = 0;
    numbered = new TreeMap<>();
    for (Contract version : next.versions()) {
      longestWindow = Math.max(longestWindow, version.terms().challengeWindow().map(Duration::toMillis).orElse(0L));
      numbered.put(version.version(), version);
    }
    evaluators = new TreeMap<>();
    arbiters = new TreeMap<>();
  }

  /** After a restore, the versions the broadcast state holds join the shipped ones (once per task). */
  private void restore(ReadOnlyBroadcastState<String, byte[]> state) throws Exception {
    if (restored) {
      return;
    }
    restored = true;
    List<Contract> versions = new ArrayList<>(contracts.versions());
    for (Map.Entry<String, byte[]> entry : state.immutableEntries()) {
      if (!known.containsKey(entry.getKey())) {
        Contract version = checked(entry.getValue(), entry.getKey(), "the broadcast state");
        known.put(entry.getKey(), version);
        versions.add(version);
      }
    }
    if (versions.size() > contracts.versions().size()) {
      use(ContractHistory.of(versions));
    }
  }

  /** A version's document parsed here, failing the job if its fingerprint here differs from the one it came with. */
  static Contract checked(byte[] document, String fingerprint, String from) {
    Contract version = LeadSpecJson.standard().readContract(document);
    String here = Evaluator.of(version).fingerprint();
    if (!here.equals(fingerprint)) {
      throw new IllegalStateException("contract " + version.reference() + ": fingerprint " + here + " on this worker differs from "
          + fingerprint + " in " + from + "; the worker runs another lead-spec and would judge by another contract");
    }
    return version;
  }

  @Override
  public void processBroadcastElement(ContractLine record, Context context, Collector<OutputLine> out) throws Exception {
    restore(context.getBroadcastState(VERSIONS));
    // every subtask takes the version; the first one reports it
    boolean reports = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0;
    if (!record.isVersion()) {
      if (reports) {
        out.collect(OutputLine.of(LeadSpecJob.CONTRACT_ERRORS, lines.error(1, null, record.source + ": " + record.error)));
      }
      return;
    }
    if (known.containsKey(record.fingerprint)) {
      return;
    }
    Contract version = checked(record.document, record.fingerprint, "the version read from " + record.source);
    List<Contract> versions = new ArrayList<>(contracts.versions());
    versions.add(version);
    ContractHistory next;
    try {
      next = ContractHistory.of(versions);
    } catch (LeadSpecException e) {
      if (reports) {
        out.collect(OutputLine.of(LeadSpecJob.CONTRACT_ERRORS, lines.error(1, null, record.source + ": " + e.getMessage()
            + "; the stream goes on with " + contracts.versions().size() + " versions")));
      }
      return;
    }
    context.getBroadcastState(VERSIONS).put(record.fingerprint, record.document);
    known.put(record.fingerprint, version);
    use(next);
    if (reports) {
      out.collect(OutputLine.of(LeadSpecJob.VERSIONS, Lines.version(version, record.fingerprint, record.source)));
    }
  }

  @Override
  public void processElement(LeadOrChallenge input, ReadOnlyContext context, Collector<OutputLine> out) throws Exception {
    restore(context.getBroadcastState(VERSIONS));
    if (input.lead != null) {
      lead(input.lead, context, out);
    } else if (input.challenge != null) {
      challenge(input.challenge, context, out);
    }
  }

  private void lead(LeadLine record, ReadOnlyContext context, Collector<OutputLine> out) throws Exception {
    String bucket = LeadSpecJob.verdictBucket(record.source);
    Lead lead;
    Verdict verdict;
    try {
      lead = LeadSpecJson.standard().readLead(record.lead, typing);
    } catch (LeadSpecException e) {
      out.collect(OutputLine.of(bucket, lines.error(record.line, record.leadId, e.getMessage())));
      return;
    }
    try {
      // as the CLI: a lead no version governed, or that does not fit, is an error record
      verdict = evaluator.apply(lead);
      verdict.results();
    } catch (LeadSpecException e) {
      out.collect(OutputLine.of(bucket, lines.error(record.line, lead.id(), e.getMessage())));
      return;
    }
    out.collect(OutputLine.of(bucket, lines.verdict(verdict)));
    String first = counted.value();
    if (first != null) {
      out.collect(OutputLine.of(LeadSpecJob.DUPLICATES, lines.error(record.line, lead.id(), "lead " + lead.id() + " in "
          + record.source + " was delivered before, in " + first + "; its verdict is written, not counted again")));
      return;
    }
    counted.update(record.source + " line " + record.line);
    pending.update(record.lead);
    judgedBy.update(verdict.contract().version());
    recent.put(lead.id(), new Judged(lead, verdict));
    Duration window = verdict.contract().terms().challengeWindow().orElse(Duration.ZERO);
    context.timerService().registerEventTimeTimer(millis(lead.deliveredAt().plus(window)));
  }

  private void challenge(ChallengeLine record, ReadOnlyContext context, Collector<OutputLine> out) throws Exception {
    if (Boolean.TRUE.equals(settled.value())) {
      out.collect(OutputLine.of(LeadSpecJob.CHALLENGE_ERRORS, lines.error(record.line, record.leadId, record.source
          + ": the challenge came after lead " + record.leadId + " was settled (its challenge window had closed); not ruled")));
      return;
    }
    challenges.add(record);
    if (pending.value() == null) {
      // a challenge before (or without) its lead: named as an error if no lead comes by the end
      context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext context, Collector<OutputLine> out) throws Exception {
    restore(context.getBroadcastState(VERSIONS));
    if (Boolean.TRUE.equals(settled.value())) {
      return;
    }
    List<ChallengeLine> filed = new ArrayList<>();
    for (ChallengeLine challenge : challenges.get()) {
      filed.add(challenge);
    }
    byte[] bytes = pending.value();
    String leadId = context.getCurrentKey();
    if (bytes == null) {
      if (timestamp == Long.MAX_VALUE) {
        for (ChallengeLine challenge : filed) {
          out.collect(OutputLine.of(LeadSpecJob.CHALLENGE_ERRORS, lines.error(challenge.line, leadId, challenge.source
              + ": the challenge names lead " + leadId + ", which is not among the leads")));
        }
        challenges.clear();
      }
      return;
    }
    // settled by the version that judged it, even if a version that reached the stream later would govern it now
    int version = judgedBy.value();
    Contract judge = numbered.get(version);
    Judged judged = recent.remove(leadId);
    if (judged == null) {
      Lead lead = LeadSpecJson.standard().readLead(bytes, typing);
      judged = new Judged(lead, evaluators.computeIfAbsent(version, v -> Evaluator.of(judge)).evaluate(lead));
    }
    Arbiter arbiter = arbiters.computeIfAbsent(version, v -> Arbiter.of(ContractHistory.of(contracts.versions().stream()
        .filter(c -> c.version() <= v).toList())));
    filed.sort(Comparator.comparingLong((ChallengeLine c) -> c.filedAt).thenComparing(c -> c.source)
        .thenComparingLong(c -> c.line));
    List<Ruling> rulings = new ArrayList<>();
    for (ChallengeLine line : filed) {
      try {
        Challenge challenge = LeadSpecJson.standard().readChallenge(line.challenge, typing);
        Ruling ruling = arbiter.rule(judged.lead, challenge);
        rulings.add(ruling);
        out.collect(OutputLine.of(LeadSpecJob.RULINGS, LeadSpecJson.standard().writeRuling(ruling)));
      } catch (LeadSpecException e) {
        out.collect(OutputLine.of(LeadSpecJob.CHALLENGE_ERRORS, lines.error(line.line, leadId, line.source + ": "
            + e.getMessage())));
      }
    }
    String period = ALL;
    long closesAt = Long.MAX_VALUE;
    if (byDay) {
      ZoneId zone = judged.verdict.contract().zone();
      try {
        LocalDate day = judged.lead.deliveredAt().atZone(zone).toLocalDate();
        period = day.toString();
        closesAt = Math.addExact(day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(), longestWindow);
      } catch (java.time.DateTimeException | ArithmeticException e) {
        // a delivery beyond the dates a zone has, or beyond a millisecond count: settled with the end of the input
        period = judged.lead.deliveredAt().isBefore(java.time.Instant.EPOCH) ? LocalDate.MIN.toString() : LocalDate.MAX.toString();
      }
    }
    periods.computeIfAbsent(period, p -> new StatementAccumulator()).add(judged.verdict, rulings);
    closing.put(period, closesAt);
    settled.update(true);
    pending.clear();
    challenges.clear();
  }

  /** An instant in epoch milliseconds, those beyond a long's range at its ends. */
  static long millis(java.time.Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return instant.isBefore(java.time.Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** The parts of the periods that close by {@code watermark}, taken out of this subtask. */
  List<PartialStatement> drain(long watermark) {
    List<PartialStatement> parts = new ArrayList<>();
    if (periods == null) {
      return parts;
    }
    var entries = periods.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, StatementAccumulator> entry = entries.next();
      long closesAt = closing.get(entry.getKey());
      if (closesAt <= watermark || watermark == Long.MAX_VALUE) {
        parts.add(PartialStatement.of(entry.getKey(), closesAt, entry.getValue().toBytes()));
        entries.remove();
        closing.remove(entry.getKey());
      }
    }
    return parts;
  }

  /** A lead and its verdict. */
  private static final class Judged {
    final Lead lead;
    final Verdict verdict;

    Judged(Lead lead, Verdict verdict) {
      this.lead = lead;
      this.verdict = verdict;
    }
  }

  @Override
  public String toString() {
    return "Settle{" + history.fingerprints() + (byDay ? ", by day" : ", whole input") + "}";
  }
}
