package dev.leadspec.test;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.model.Contract;
import dev.leadspec.test.scenario.Scenario;
import dev.leadspec.test.scenario.ScenarioJson;
import dev.leadspec.test.scenario.ScenarioResult;
import dev.leadspec.test.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A scenario file as JUnit Jupiter dynamic tests: one test per scenario, named by it and linked
 * to its line, failing with the verdict's explanation beside the expectation. The file is read
 * and checked when the factory is called, so a misspelt field or criterion fails the factory
 * before any scenario runs.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> flagship_scenarios() {
 *   return Scenarios.dynamicTests(HardwareUpgradeContract.V1, Path.of("src/test/resources/flagship.scenarios.json"));
 * }
 * }</pre>
 */
public final class Scenarios {
  private Scenarios() {}

  /**
   * One dynamic test per scenario of a JSON scenario file, run against a contract.
   *
   * <pre>{@code
   * return Scenarios.dynamicTests(contract, Path.of("nps.scenarios.json"));
   * }</pre>
   *
   * @param contract the contract
   * @param file the scenario file
   * @return the tests, in file order
   * @throws dev.leadspec.test.scenario.ScenarioException if the file is not a usable scenario file
   * @throws UncheckedIOException if it cannot be read
   */
  public static Stream<DynamicTest> dynamicTests(Contract contract, Path file) {
    return dynamicTests(ContractHistory.of(Objects.requireNonNull(contract, "contract")), file);
  }

  /**
   * One dynamic test per scenario of a JSON scenario file, each lead under the version of the
   * history that governed it at its delivery.
   *
   * <pre>{@code
   * return Scenarios.dynamicTests(ContractHistory.of(V1, V2), Path.of("flagship.scenarios.json"));
   * }</pre>
   *
   * @param history the versions
   * @param file the scenario file
   * @return the tests, in file order
   * @throws dev.leadspec.test.scenario.ScenarioException if the file is not a usable scenario file
   * @throws UncheckedIOException if it cannot be read
   */
  public static Stream<DynamicTest> dynamicTests(ContractHistory history, Path file) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(file, "file");
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario file " + file + ": " + e.getMessage(), e);
    }
    List<Scenario> scenarios = ScenarioJson.read(json, file.toString(), history);
    ScenarioRunner runner = ScenarioRunner.of(history);
    URI uri = file.toUri();
    return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(),
        URI.create(uri + "?line=" + Math.max(1, scenario.line())), () -> {
          ScenarioResult result = runner.run(scenario);
          if (!result.passed()) {
            throw new AssertionFailedError(result.report());
          }
        }));
  }
}
