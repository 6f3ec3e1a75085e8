package dev.leadspec.bench;

import dev.leadspec.eval.Compilation;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Lead;
import java.util.List;

/**
 * lead-spec on {@link TablesContract}, interpreted or through generated code: a lead's verdict
 * read as a host pricing its leads reads it, the reason ids in contract order
 * ({@code Verdict.reasonIds()}), the outcome and the price ({@code Verdict.price()}).
 */
final class TablesEngine {
  private final Evaluator evaluator;

  /**
   * Compiles the contract.
   *
   * @throws IllegalStateException if {@code compilation} was asked for and another is in use
   */
  TablesEngine(Compilation compilation) {
    evaluator = Evaluator.of(TablesContract.contract(), compilation);
    if (evaluator.compilation() != compilation) {
      throw new IllegalStateException("asked for " + compilation + ", got " + evaluator);
    }
  }

  void evaluate(Lead lead, TablesSink sink) {
    Verdict verdict = evaluator.evaluate(lead);
    List<String> reasons = verdict.reasonIds();
    for (int i = 0; i < reasons.size(); i++) {
      sink.reason(reasons.get(i));
    }
    sink.decided(verdict.isAccepted(), verdict.price().orElse(null));
  }
}
