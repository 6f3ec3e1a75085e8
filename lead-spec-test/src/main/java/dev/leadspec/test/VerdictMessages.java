package dev.leadspec.test;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Words shared by the error-message factories: who was judged, why, and the explanation. */
final class VerdictMessages {
  private VerdictMessages() {}

  /** {@code lead L-1 under it-integrator v1}. */
  static String subject(Verdict verdict) {
    return "lead " + verdict.leadId() + " under " + verdict.contractId() + " v" + verdict.contractVersion();
  }

  /** The verdict's reason ids, in declaration order. */
  static List<String> reasonIds(Verdict verdict) {
    List<String> ids = new ArrayList<>();
    for (CriterionResult reason : verdict.reasons()) {
      ids.add(reason.criterionId());
    }
    return ids;
  }

  /** {@code REJECTED for [TA-SIZE, Q-3]} or {@code ACCEPTED}. */
  static String outcome(Verdict verdict) {
    return verdict.isAccepted() ? "ACCEPTED" : "REJECTED for " + reasonIds(verdict);
  }

  /** The explanation, indented, as the tail of every failure message. */
  static String explanation(Verdict verdict) {
    return "explanation:\n" + verdict.explanation();
  }
}
