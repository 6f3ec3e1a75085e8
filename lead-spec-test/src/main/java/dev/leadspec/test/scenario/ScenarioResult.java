package dev.leadspec.test.scenario;

import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Money;
import dev.leadspec.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scenario run: the verdict and every way it differs from the expectation (none when the
 * scenario passed).
 *
 * <pre>{@code
 * for (ScenarioResult result : report.failures()) System.out.print(result.report());
 * }</pre>
 */
public final class ScenarioResult {
  private final Scenario scenario;
  private final Verdict verdict;
  private final List<String> differences;

  private ScenarioResult(Scenario scenario, Verdict verdict, List<String> differences) {
    this.scenario = scenario;
    this.verdict = verdict;
    this.differences = List.copyOf(differences);
  }

  static ScenarioResult of(Scenario scenario, Verdict verdict) {
    List<String> differences = new ArrayList<>();
    if (verdict.outcome() != scenario.outcome()) {
      differences.add("outcome: expected " + scenario.outcome() + ", was " + verdict.outcome());
    }
    Map<String, Status> actual = reasons(verdict);
    for (Map.Entry<String, Status> expected : scenario.reasons().entrySet()) {
      Status was = actual.get(expected.getKey());
      if (was == null) {
        Optional<CriterionResult> result = verdict.result(expected.getKey());
        differences.add("reason " + expected.getKey() + "=" + expected.getValue() + ": expected, but "
            + expected.getKey() + " was " + result.map(r -> r.status().toString()).orElse("not evaluated") + " and not a reason");
      } else if (was != expected.getValue()) {
        differences.add("reason " + expected.getKey() + ": expected " + expected.getValue() + ", was " + was);
      }
    }
    for (Map.Entry<String, Status> reason : actual.entrySet()) {
      if (!scenario.reasons().containsKey(reason.getKey())) {
        differences.add("reason " + reason.getKey() + "=" + reason.getValue() + ": not expected");
      }
    }
    for (Map.Entry<String, String> table : scenario.tables().entrySet()) {
      String was = table(verdict, table.getKey());
      if (!matches(table.getValue(), was)) {
        differences.add("table " + table.getKey() + ": expected " + table.getValue() + ", was " + was);
      }
    }
    if (scenario.price().isPresent() && !scenario.price().equals(verdict.price())) {
      differences.add("price: expected " + scenario.price().get() + ", was " + verdict.price().map(Money::toString).orElse("none"));
    }
    return new ScenarioResult(scenario, verdict, differences);
  }

  static Map<String, Status> reasons(Verdict verdict) {
    Map<String, Status> reasons = new LinkedHashMap<>();
    for (CriterionResult reason : verdict.reasons()) {
      reasons.put(reason.criterionId(), reason.status());
    }
    return reasons;
  }

  /** A table's result as a scenario writes it: the output, or NONE, NO_MATCH, CONFLICT; "not evaluated" for a rejected lead. */
  static String table(Verdict verdict, String tableId) {
    Optional<TableResult> result = verdict.table(tableId);
    if (result.isEmpty()) {
      return "not evaluated (the lead was rejected)";
    }
    TableResult table = result.get();
    return table.status() == TableResult.RowMatch.MATCHED ? table.output().orElseThrow().toString() : table.status().name();
  }

  private static boolean matches(String expected, String was) {
    if (expected.equals(was)) {
      return true;
    }
    try {
      return ScenarioText.price(expected).equals(ScenarioText.price(was));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * The verdict the contract gave.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Whether the verdict is what the scenario expects.
   *
   * @return true when there is no difference
   */
  public boolean passed() {
    return differences.isEmpty();
  }

  /**
   * Every way the verdict differs from the expectation, one line each.
   *
   * <pre>{@code
   * result.differences(); // [outcome: expected REJECTED, was ACCEPTED, reason TA-SIZE=NOT_MET: expected, but TA-SIZE was MET and not a reason]
   * }</pre>
   *
   * @return the differences, empty when the scenario passed
   */
  public List<String> differences() {
    return differences;
  }

  /**
   * What a person reads about this result: for a failure the expectation, the differences and
   * the verdict's explanation beside them; for a pass one line.
   *
   * <pre>{@code
   * FAILED scenario "49 employees" (flagship.scenarios.json, line 12)
   *   expected: REJECTED, reasons TA-SIZE=NOT_MET
   *   actual:   ACCEPTED, no reasons
   *   differences:
   *     outcome: expected REJECTED, was ACCEPTED
   *   verdict:
   *     ACCEPTED: lead L-1 under it-integrator-hardware v1
   *     ...
   * }</pre>
   *
   * @return lines separated by {@code \n}, ending with one
   */
  public String report() {
    if (passed()) {
      return "passed " + scenario.place() + "\n";
    }
    StringBuilder text = new StringBuilder("FAILED ").append(scenario.place()).append('\n');
    text.append("  expected: ").append(expectation(scenario.outcome().toString(), scenario.reasons()));
    scenario.tables().forEach((table, output) -> text.append(", ").append(table).append(" = ").append(output));
    scenario.price().ifPresent(price -> text.append(", price ").append(price));
    text.append('\n');
    text.append("  actual:   ").append(expectation(verdict.outcome().toString(), reasons(verdict)));
    for (String table : scenario.tables().keySet()) {
      text.append(", ").append(table).append(" = ").append(table(verdict, table));
    }
    if (scenario.price().isPresent()) {
      text.append(", price ").append(verdict.price().map(Money::toString).orElse("none"));
    }
    text.append('\n');
    text.append("  differences:\n");
    for (String difference : differences) {
      text.append("    ").append(difference).append('\n');
    }
    text.append("  verdict:\n");
    for (String line : verdict.explanation().split("\n", -1)) {
      if (!line.isEmpty()) {
        text.append("    ").append(line).append('\n');
      }
    }
    return text.toString();
  }

  private static String expectation(String outcome, Map<String, Status> reasons) {
    return outcome + (reasons.isEmpty() ? ", no reasons" : ", reasons " + ScenarioText.reasons(reasons));
  }

  @Override
  public String toString() {
    return (passed() ? "passed " : "FAILED ") + scenario.place() + (passed() ? "" : ": " + String.join("; ", differences));
  }
}
