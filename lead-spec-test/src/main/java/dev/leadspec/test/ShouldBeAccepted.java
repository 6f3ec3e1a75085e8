package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure message: a verdict expected to accept its lead rejected it. */
final class ShouldBeAccepted extends BasicErrorMessageFactory {
  private ShouldBeAccepted(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldBeAccepted(Verdict actual) {
    return new ShouldBeAccepted("\nExpecting %s to be ACCEPTED, but it was %s.\n%s",
        unquotedString(VerdictMessages.subject(actual)), unquotedString(VerdictMessages.outcome(actual)),
        unquotedString(VerdictMessages.explanation(actual)));
  }
}
