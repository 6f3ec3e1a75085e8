package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure message: a verdict expected to reject its lead accepted it. */
final class ShouldBeRejected extends BasicErrorMessageFactory {
  private ShouldBeRejected(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldBeRejected(Verdict actual) {
    return new ShouldBeRejected("\nExpecting %s to be REJECTED, but it was ACCEPTED.\n%s",
        unquotedString(VerdictMessages.subject(actual)), unquotedString(VerdictMessages.explanation(actual)));
  }
}
