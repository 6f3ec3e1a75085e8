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
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;


/**
 * Per lead id: evaluates the lead, writes its verdict line (as the CLI would), keeps it until its
 * challenge window closes (an event-time timer at delivery plus the governing version's window;
 * in BATCH mode every timer fires at the end of its key), rules then on the challenges that came
 * for it, and counts it once in this subtask's statement accumulator of its period. A second
 * record with the same id gets its verdict line and a duplicate record, and is not counted.
 * {@link SettleOperator} sends the accumulators on: never a record per lead.
 */
final class Settle extends KeyedCoProcessFunction<String, LeadLine, ChallengeLine, OutputLine> {
  private static final long serialVersionUID = 1L;
  /** The subtask's statement parts. */
  static final OutputTag<PartialStatement> PARTIALS = new OutputTag<>("partial-statements",
      TypeInformation.of(PartialStatement.class));
  static final String ALL = "all";
  private static final int RECENT = 1024;

  private final History history;
  private final boolean byDay;

  private transient ContractHistory contracts;
  private transient Contract typing;
  private transient Arbiter arbiter;
  /** As the CLI: one version judges every lead; a history, each by the version that governed its delivery. */
  private transient Function<Lead, Verdict> evaluator;
  private transient Lines lines;
  private transient long longestWindow;
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
    contracts = history.compile();
    typing = contracts.latest();
    arbiter = Arbiter.of(contracts);
    evaluator = contracts.versions().size() == 1 ? Evaluator.of(typing)::evaluate : contracts::evaluate;
    lines = new Lines();
    longestWindow = 0;
    for (Contract version : contracts.versions()) {
      longestWindow = Math.max(longestWindow, version.terms().challengeWindow().map(Duration::toMillis).orElse(0L));
    }
    counted = getRuntimeContext().getState(new ValueStateDescriptor<>("counted", Types.STRING));
    pending = getRuntimeContext().getState(new ValueStateDescriptor<>("lead", org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
    challenges = getRuntimeContext().getListState(new ListStateDescriptor<>("challenges", TypeInformation.of(ChallengeLine.class)));
    settled = getRuntimeContext().getState(new ValueStateDescriptor<>("settled", Types.BOOLEAN));
    recent = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Judged> eldest) {
        return size() > RECENT;
      }
    };
    periods = new TreeMap<>();
    closing = new TreeMap<>();
  }

  @Override
  public void processElement1(LeadLine record, Context context, Collector<OutputLine> out) throws Exception {
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
    recent.put(lead.id(), new Judged(lead, verdict));
    Duration window = verdict.contract().terms().challengeWindow().orElse(Duration.ZERO);
    context.timerService().registerEventTimeTimer(millis(lead.deliveredAt().plus(window)));
  }

  @Override
  public void processElement2(ChallengeLine record, Context context, Collector<OutputLine> out) throws Exception {
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
    Judged judged = recent.remove(leadId);
    if (judged == null) {
      Lead lead = LeadSpecJson.standard().readLead(bytes, typing);
      judged = new Judged(lead, evaluator.apply(lead));
    }
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
