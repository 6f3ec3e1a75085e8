package dev.leadspec.test.scenario;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.TableResult;
import dev.leadspec.eval.Verdict;
import dev.leadspec.internal.Suggestions;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Field;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.model.Row;
import dev.leadspec.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs scenarios against a contract, or against a contract history (each scenario's lead under
 * the version that governed it at its delivery instant). First it checks every scenario: a fact
 * for a field the contract does not declare, a criterion or table it does not have, a fact of the
 * wrong kind, or two scenarios of one name is a {@link ScenarioException} naming it, with a
 * did-you-mean, before any scenario runs. Then it evaluates each and measures the coverage.
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioRunner.of(contract).run(ScenarioJson.read(bytes, "flagship.scenarios.json", contract));
 * report.failures().forEach(failure -> System.out.print(failure.report()));
 * System.out.print(report.coverage().text());
 * }</pre>
 */
public final class ScenarioRunner {
  private final ContractHistory history;

  private ScenarioRunner(ContractHistory history) {
    this.history = history;
  }

  /**
   * A runner for one contract.
   *
   * <pre>{@code
   * ScenarioRunner runner = ScenarioRunner.of(contract);
   * }</pre>
   *
   * @param contract the contract
   * @return the runner
   * @throws NullPointerException if {@code contract} is null
   */
  public static ScenarioRunner of(Contract contract) {
    return new ScenarioRunner(ContractHistory.of(Objects.requireNonNull(contract, "contract")));
  }

  /**
   * A runner for a contract history: each lead goes to the version in effect at its delivery.
   *
   * <pre>{@code
   * ScenarioRunner runner = ScenarioRunner.of(ContractHistory.of(v1, v2));
   * }</pre>
   *
   * @param history the versions
   * @return the runner
   * @throws NullPointerException if {@code history} is null
   */
  public static ScenarioRunner of(ContractHistory history) {
    return new ScenarioRunner(Objects.requireNonNull(history, "history"));
  }

  /**
   * The history the scenarios run against.
   *
   * @return the history
   */
  public ContractHistory history() {
    return history;
  }

  /**
   * Checks scenarios without reporting results: every name the scenarios use must exist in the
   * governing version, every fact must fit its field, and names must be unique.
   *
   * <pre>{@code
   * runner.check(scenarios); // throws ScenarioException: ... field "employes" is not declared ... (did you mean "employees"?)
   * }</pre>
   *
   * @param scenarios the scenarios
   * @throws ScenarioException at the first problem
   */
  public void check(List<Scenario> scenarios) {
    check(scenarios, (scenario, property) -> scenario.line());
  }

  /** Where a scenario's property is, for messages: its line. */
  @FunctionalInterface
  interface Locator {
    int line(Scenario scenario, String property);
  }

  void check(List<Scenario> scenarios, Locator locator) {
    Map<String, Scenario> names = new LinkedHashMap<>();
    for (Scenario scenario : scenarios) {
      Scenario earlier = names.putIfAbsent(scenario.name(), scenario);
      if (earlier != null) {
        throw error(scenario, locator, "name", "another scenario has this name" + (earlier.line() > 0 ? " (line "
            + earlier.line() + ")" : ""));
      }
      Contract contract;
      try {
        contract = history.governing(scenario.lead().deliveredAt());
      } catch (LeadSpecException e) {
        throw error(scenario, locator, "deliveredAt", e.getMessage());
      }
      List<String> fields = new ArrayList<>();
      contract.fields().forEach(field -> fields.add(field.name()));
      for (String fact : scenario.lead().facts().keySet()) {
        if (contract.field(fact).isEmpty()) {
          throw error(scenario, locator, "facts." + fact, "field \"" + fact + "\" is not declared in " + contract.reference()
              + Suggestions.suggestion(fact, fields));
        }
      }
      List<String> criteria = new ArrayList<>();
      contract.criteria().forEach(criterion -> criteria.add(criterion.id()));
      for (String id : scenario.reasons().keySet()) {
        if (contract.criterion(id).isEmpty()) {
          throw error(scenario, locator, "expect.reasons." + id, "criterion " + id + " is not declared in "
              + contract.reference() + Suggestions.suggestion(id, criteria));
        }
      }
      for (Map.Entry<String, String> expected : scenario.tables().entrySet()) {
        checkTable(scenario, locator, contract, expected.getKey(), expected.getValue());
      }
      try {
        history.evaluate(scenario.lead());
      } catch (LeadInputException e) {
        throw error(scenario, locator, "facts." + e.field(), "field \"" + e.field() + "\" expects " + e.expected()
            + ", but was given " + e.given());
      }
    }
  }

  private static void checkTable(Scenario scenario, Locator locator, Contract contract, String tableId, String expected) {
    List<String> tables = new ArrayList<>();
    contract.tables().forEach(table -> tables.add(table.id()));
    Table table = contract.table(tableId).orElseThrow(() -> error(scenario, locator, "expect.tables." + tableId,
        "table " + tableId + " is not declared in " + contract.reference() + Suggestions.suggestion(tableId, tables)));
    Set<String> outputs = new LinkedHashSet<>();
    for (Row row : table.rows()) {
      outputs.add(row.output().toString());
    }
    if (outputs.contains(expected) || expected.equals(TableResult.RowMatch.NONE.name())
        || expected.equals(TableResult.RowMatch.NO_MATCH.name()) || expected.equals(TableResult.RowMatch.CONFLICT.name())) {
      return;
    }
    for (Row row : table.rows()) {
      if (row.output() instanceof dev.leadspec.model.Money money) {
        try {
          if (ScenarioText.price(expected).equals(money)) {
            return;
          }
        } catch (IllegalArgumentException e) {
          break;
        }
      }
    }
    Set<String> candidates = new LinkedHashSet<>(outputs);
    candidates.add("NONE");
    candidates.add("NO_MATCH");
    candidates.add("CONFLICT");
    throw error(scenario, locator, "expect.tables." + tableId, "\"" + expected + "\" is no output of table " + tableId
        + " (outputs " + outputs + ", or NONE, NO_MATCH, CONFLICT)" + Suggestions.suggestion(expected, candidates));
  }

  private static ScenarioException error(Scenario scenario, Locator locator, String property, String problem) {
    return new ScenarioException(scenario.source(), locator.line(scenario, property), scenario.name(), property, problem);
  }

  /**
   * Checks the scenarios, then runs every one and measures the coverage.
   *
   * <pre>{@code
   * ScenarioReport report = runner.run(scenarios);
   * if (!report.passed()) report.failures().forEach(f -> System.out.print(f.report()));
   * }</pre>
   *
   * @param scenarios the scenarios
   * @return the results and the coverage
   * @throws ScenarioException if a scenario names something the contract does not have
   */
  public ScenarioReport run(List<Scenario> scenarios) {
    check(scenarios);
    return runChecked(scenarios);
  }

  ScenarioReport runChecked(List<Scenario> scenarios) {
    List<ScenarioResult> results = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Verdict verdict = history.evaluate(scenario.lead());
      verdicts.add(verdict);
      results.add(ScenarioResult.of(scenario, verdict));
    }
    return new ScenarioReport(results, Coverage.of(history, verdicts));
  }

  /**
   * Runs one scenario already checked (as {@link #check(List)} does), for test engines that run
   * scenarios one at a time.
   *
   * <pre>{@code
   * ScenarioResult result = runner.run(scenario);
   * }</pre>
   *
   * @param scenario the scenario
   * @return its result
   */
  public ScenarioResult run(Scenario scenario) {
    return ScenarioResult.of(scenario, history.evaluate(Objects.requireNonNull(scenario, "scenario").lead()));
  }

  static List<String> fieldNames(Contract contract) {
    List<String> names = new ArrayList<>();
    for (Field field : contract.fields()) {
      names.add(field.name());
    }
    return names;
  }

  @Override
  public String toString() {
    return "ScenarioRunner{" + history + "}";
  }
}
