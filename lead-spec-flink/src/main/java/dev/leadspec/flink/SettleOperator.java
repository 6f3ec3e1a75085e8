package dev.leadspec.flink;

import java.util.List;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Runs {@link Settle} and sends its statement accumulators on: before each checkpoint barrier
 * (so a checkpoint holds no accumulator of its own: what was counted since the last one is
 * counted again after a restore, and only then), when a watermark closes a period (after the
 * timers it fires), and at the end of the input. Its second input is the broadcast stream of
 * contract versions, kept in {@link Settle#VERSIONS}.
 */
final class SettleOperator extends CoBroadcastWithKeyedOperator<String, LeadOrChallenge, ContractLine, OutputLine> {
  private static final long serialVersionUID = 1L;
  private final boolean streaming;

  SettleOperator(Settle settle, boolean streaming) {
    super(settle, List.of(Settle.VERSIONS));
    this.streaming = streaming;
  }

  @Override
  public void processWatermark(Watermark mark) throws Exception {
    if (streaming && timeServiceManager != null) {
      // settle what this watermark settles first, then send the periods it closes, then pass it on
      timeServiceManager.advanceWatermark(mark);
      send(((Settle) userFunction).drain(mark.getTimestamp()));
    }
    super.processWatermark(mark);
  }

  @Override
  public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
    send(((Settle) userFunction).drain(Long.MAX_VALUE));
    super.prepareSnapshotPreBarrier(checkpointId);
  }

  @Override
  public void finish() throws Exception {
    send(((Settle) userFunction).drain(Long.MAX_VALUE));
    super.finish();
  }

  private void send(List<PartialStatement> parts) {
    for (PartialStatement part : parts) {
      output.collect(Settle.PARTIALS, new StreamRecord<>(part));
    }
  }
}
