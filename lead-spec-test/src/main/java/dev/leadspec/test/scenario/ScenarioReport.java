package dev.leadspec.test.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of a run of scenarios, in the order given, and their coverage of the contract.
 *
 * <pre>{@code
 * ScenarioReport report = runner.run(scenarios);
 * report.passed();            // false
 * report.failures().size();   // 1
 * report.coverage().percent(); // 95.5
 * }</pre>
 */
public final class ScenarioReport {
  private final List<ScenarioResult> results;
  private final Coverage coverage;

  ScenarioReport(List<ScenarioResult> results, Coverage coverage) {
    this.results = List.copyOf(results);
    this.coverage = coverage;
  }

  /**

   * Every result, in scenario order.

   *

   * @return the results

   */
  public List<ScenarioResult> results() {
    return results;
  }

  /**

   * The results whose verdict differs from the expectation.

   *

   * @return the failures, in scenario order

   */
  public List<ScenarioResult> failures() {
    List<ScenarioResult> failures = new ArrayList<>();
    for (ScenarioResult result : results) {
      if (!result.passed()) {
        failures.add(result);
      }
    }
    return failures;
  }

  /**

   * Whether every scenario passed.

   *

   * @return true when there is no failure

   */
  public boolean passed() {
    return failures().isEmpty();
  }

  /**

   * What the scenarios exercised.

   *

   * @return the coverage

   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * The whole report as text: each failure with the verdict beside it, a summary line, then the
   * coverage.
   *
   * <pre>{@code
   * System.out.print(report.text());
   * }</pre>
   *
   * @return lines separated by {@code \n}
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (ScenarioResult failure : failures()) {
      text.append(failure.report()).append('\n');
    }
    text.append(results.size()).append(" scenarios, ").append(results.size() - failures().size()).append(" passed, ")
        .append(failures().size()).append(" failed\n");
    return text.append(coverage.text()).toString();
  }

  @Override
  public String toString() {
    return "ScenarioReport{" + results.size() + " scenarios, " + failures().size() + " failed, " + coverage + "}";
  }
}
