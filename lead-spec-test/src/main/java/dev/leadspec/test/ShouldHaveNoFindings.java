package dev.leadspec.test;

import dev.leadspec.analysis.ContractAnalysis;
import dev.leadspec.analysis.Finding;
import dev.leadspec.model.Contract;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Failure message: the exact analysis found defects of a kind (or could not finish), listed with their examples. */
final class ShouldHaveNoFindings extends BasicErrorMessageFactory {
  private ShouldHaveNoFindings(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldHaveNoFindings(Contract actual, String property, List<Finding> findings, ContractAnalysis analysis) {
    StringBuilder listed = new StringBuilder();
    for (Finding finding : findings) {
      listed.append("\n  ").append(finding);
    }
    if (!analysis.isComplete()) {
      analysis.findings(Finding.Code.ANALYSIS_INCOMPLETE).forEach(f -> listed.append("\n  ").append(f));
    }
    return new ShouldHaveNoFindings("\nExpecting contract %s to %s, but the analysis found:%s",
        unquotedString(actual.reference()), unquotedString(property), unquotedString(listed.toString()));
  }
}
