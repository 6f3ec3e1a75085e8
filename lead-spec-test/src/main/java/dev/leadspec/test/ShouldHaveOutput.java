package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import dev.leadspec.model.Output;

/** Failure message: a table gave another output (or none) than expected. */
final class ShouldHaveOutput extends BasicErrorMessageFactory {
  private ShouldHaveOutput(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveOutput(Verdict actual, String tableId, Output expected) {
    String got = actual.table(tableId).map(Object::toString)
        .orElse(actual.isAccepted() ? "no table " + tableId : "no table output: the lead was " + VerdictMessages.outcome(actual));
    return new ShouldHaveOutput("\nExpecting table %s to give %s for %s, but got %s.\n%s",
        unquotedString(tableId), unquotedString(expected.toString()), unquotedString(VerdictMessages.subject(actual)),
        unquotedString(got), unquotedString(VerdictMessages.explanation(actual)));
  }
}
