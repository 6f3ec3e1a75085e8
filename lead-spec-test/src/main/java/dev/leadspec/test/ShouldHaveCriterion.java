package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import dev.leadspec.eval.CriterionResult;
import java.util.ArrayList;
import java.util.List;

/** Failure message: an assertion names a criterion the contract does not declare. */
final class ShouldHaveCriterion extends BasicErrorMessageFactory {
  private ShouldHaveCriterion(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveCriterion(Verdict actual, String criterionId) {
    List<String> ids = new ArrayList<>();
    for (CriterionResult result : actual.results()) {
      ids.add(result.criterionId());
    }
    return new ShouldHaveCriterion("\nExpecting %s to have a criterion %s, but its criteria are %s.\n%s",
        unquotedString(actual.contractId() + " v" + actual.contractVersion()), unquotedString(criterionId),
        unquotedString(ids.toString()), unquotedString(VerdictMessages.explanation(actual)));
  }
}
