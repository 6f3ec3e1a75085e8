package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure message: a criterion expected among a verdict's reasons is not one. */
final class ShouldHaveReason extends BasicErrorMessageFactory {
  private ShouldHaveReason(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveReason(Verdict actual, String criterionId) {
    return new ShouldHaveReason("\nExpecting %s to have %s among its reasons, but it was %s.\n%s",
        unquotedString(VerdictMessages.subject(actual)), unquotedString(criterionId),
        unquotedString(VerdictMessages.outcome(actual)), unquotedString(VerdictMessages.explanation(actual)));
  }
}
