package dev.leadspec.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Receives one implementation's decision for one lead: each failed criterion id in contract
 * order, then the outcome. The benchmarks pass a sink that feeds JMH's blackhole; the agreement
 * check passes one that collects a {@link Decision}, so the code measured is the code checked.
 */
interface DecisionSink {
  void failed(String criterionId);

  void decided(boolean accepted);

  /** Collects one decision. */
  final class Collector implements DecisionSink {
    private final List<String> failed = new ArrayList<>();
    private boolean accepted;
    private int outcomes;

    @Override
    public void failed(String criterionId) {
      failed.add(criterionId);
    }

    @Override
    public void decided(boolean accepted) {
      this.accepted = accepted;
      outcomes++;
    }

    Decision decision() {
      if (outcomes != 1) {
        throw new IllegalStateException("an implementation reported " + outcomes + " outcomes for one lead");
      }
      return new Decision(accepted, failed);
    }
  }
}
