package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import java.util.List;

/** Failure message: a verdict's reasons are not exactly the expected criteria. */
final class ShouldBeRejectedFor extends BasicErrorMessageFactory {
  private ShouldBeRejectedFor(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldBeRejectedFor(Verdict actual, List<String> expected) {
    return new ShouldBeRejectedFor("\nExpecting %s to be REJECTED for exactly %s, but it was %s.\n%s",
        unquotedString(VerdictMessages.subject(actual)), unquotedString(expected.toString()),
        unquotedString(VerdictMessages.outcome(actual)), unquotedString(VerdictMessages.explanation(actual)));
  }
}
