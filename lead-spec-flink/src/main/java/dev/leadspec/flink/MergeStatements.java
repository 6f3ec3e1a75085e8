package dev.leadspec.flink;

import dev.leadspec.dispute.StatementAccumulator;
import dev.leadspec.json.LeadSpecJson;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per period: merges the subtasks' statement parts and, once the period closes in event time
 * (for a batch: at the end), writes the statement as JSON. A part that comes after its period
 * closed (a late lead of a stream) makes the period's statement written again, whole.
 */
final class MergeStatements extends KeyedProcessFunction<String, PartialStatement, OutputLine> {
  private static final long serialVersionUID = 1L;
  private transient ValueState<byte[]> merged;

  @Override
  public void open(OpenContext context) {
    merged = getRuntimeContext().getState(new ValueStateDescriptor<>("statement", org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO));
  }

  @Override
  public void processElement(PartialStatement part, Context context, Collector<OutputLine> out) throws Exception {
    byte[] before = merged.value();
    StatementAccumulator accumulator = StatementAccumulator.fromBytes(part.accumulator);
    if (before != null) {
      accumulator = StatementAccumulator.fromBytes(before).merge(accumulator);
    }
    merged.update(accumulator.toBytes());
    context.timerService().registerEventTimeTimer(part.closesAt);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext context, Collector<OutputLine> out) throws Exception {
    byte[] bytes = merged.value();
    if (bytes != null) {
      out.collect(OutputLine.of(context.getCurrentKey(),
          LeadSpecJson.standard().writeStatement(StatementAccumulator.fromBytes(bytes).statement())));
    }
  }
}
