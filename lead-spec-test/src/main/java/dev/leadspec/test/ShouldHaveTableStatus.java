package dev.leadspec.test;

import dev.leadspec.eval.Verdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import dev.leadspec.eval.TableResult;

/** Failure message: a table came out with another status than expected (MATCHED, NONE, NO_MATCH, CONFLICT). */
final class ShouldHaveTableStatus extends BasicErrorMessageFactory {
  private ShouldHaveTableStatus(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveTableStatus(Verdict actual, String tableId, TableResult.RowMatch expected) {
    String got = actual.table(tableId).map(Object::toString)
        .orElse(actual.isAccepted() ? "no table " + tableId : "no table result: the lead was " + VerdictMessages.outcome(actual));
    return new ShouldHaveTableStatus("\nExpecting table %s to be %s for %s, but got %s.\n%s",
        unquotedString(tableId), unquotedString(expected.name()), unquotedString(VerdictMessages.subject(actual)),
        unquotedString(got), unquotedString(VerdictMessages.explanation(actual)));
  }
}
