package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import dev.leadspec.model.Status;

/** Failure message: a criterion came out with another status than expected (MET, NOT_MET, UNKNOWN). */
final class ShouldHaveStatus extends BasicErrorMessageFactory {
  private ShouldHaveStatus(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveStatus(Verdict actual, String criterionId, Status expected, Status status) {
    return new ShouldHaveStatus("\nExpecting criterion %s to be %s for %s, but it was %s.\n%s",
        unquotedString(criterionId), unquotedString(expected.name()), unquotedString(VerdictMessages.subject(actual)),
        unquotedString(status.name()), unquotedString(VerdictMessages.explanation(actual)));
  }
}
