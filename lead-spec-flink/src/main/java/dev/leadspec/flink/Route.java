package dev.leadspec.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Records that are no lead or no challenge become their error lines here, before any shuffle. */
final class Route {
  /** Error lines of records that could not be read. */
  static final OutputTag<OutputLine> ERRORS = new OutputTag<>("read-errors", TypeInformation.of(OutputLine.class));

  private Route() {}

  /** Leads go on; a line that is no lead becomes the CLI's error record for its file. */
  static final class Leads extends ProcessFunction<LeadLine, LeadLine> {
    private static final long serialVersionUID = 1L;
    private transient Lines lines;

    @Override
    public void open(OpenContext context) {
      lines = new Lines();
    }

    @Override
    public void processElement(LeadLine record, Context context, Collector<LeadLine> out) {
      if (record.isLead()) {
        out.collect(record);
      } else {
        context.output(ERRORS, OutputLine.of(LeadSpecJob.verdictBucket(record.source), lines.error(record.line, record.leadId.isEmpty() ? null : record.leadId, record.error)));
      }
    }
  }

  /** Challenges go on; a line that is no challenge becomes an error record naming its file. */
  static final class Challenges extends ProcessFunction<ChallengeLine, ChallengeLine> {
    private static final long serialVersionUID = 1L;
    private transient Lines lines;

    @Override
    public void open(OpenContext context) {
      lines = new Lines();
    }

    @Override
    public void processElement(ChallengeLine record, Context context, Collector<ChallengeLine> out) {
      if (record.isChallenge()) {
        out.collect(record);
      } else {
        context.output(ERRORS, OutputLine.of(LeadSpecJob.CHALLENGE_ERRORS, lines.error(record.line, null,
            record.source + ": " + record.error)));
      }
    }
  }
}
