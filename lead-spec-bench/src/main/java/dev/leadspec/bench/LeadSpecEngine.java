package dev.leadspec.bench;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Lead;

/**
 * lead-spec: the reference contract compiled once, interpreted or through generated code
 * ({@code lead-spec-codegen}); a lead's verdict read as a host reads it, the outcome and, for a
 * rejection, the id of every reason in contract order ({@code Verdict.reasonIds()}).
 */
final class LeadSpecEngine {
  private final Evaluator evaluator;

  LeadSpecEngine() {
    this(Compilation.INTERPRETED);
  }

  LeadSpecEngine(Compilation compilation) {
    evaluator = Evaluator.of(ReferenceContract.contract(), compilation);
    if (evaluator.compilation() != compilation) {
      throw new IllegalStateException("asked for " + compilation + ", got " + evaluator);
    }
  }

  void evaluate(Lead lead, DecisionSink sink) {
    Verdict verdict = evaluator.evaluate(lead);
    boolean accepted = verdict.isAccepted();
    if (!accepted) {
      for (String reason : verdict.reasonIds()) {
        sink.failed(reason);
      }
    }
    sink.decided(accepted);
  }

  void evaluate(HostLead host, DecisionSink sink) {
    evaluate(ReferenceContract.toLead(host), sink);
  }

  /** Including the conversion with the host's layout ({@link ReferenceContract#toLeadWithLayout}). */
  void evaluateWithLayout(HostLead host, DecisionSink sink) {
    evaluate(ReferenceContract.toLeadWithLayout(host), sink);
  }
}
