package dev.leadspec.cli;

import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.test.scenario.Coverage;
import dev.leadspec.test.scenario.Scenario;
import dev.leadspec.test.scenario.ScenarioException;
import dev.leadspec.test.scenario.ScenarioJson;
import dev.leadspec.test.scenario.ScenarioReport;
import dev.leadspec.test.scenario.ScenarioResult;
import dev.leadspec.test.scenario.ScenarioRunner;
import dev.leadspec.test.scenario.ScenarioSuggestions;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lead-spec test}: runs scenario files against a contract, reports failures and coverage. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Runs scenario files (JSON, lead-spec.scenarios/1, or CSV) against a contract: each failure is printed with "
        + "the verdict's explanation beside what was expected, then the coverage (criteria seen MET, NOT_MET and UNKNOWN, "
        + "each range bound on both sides, each table row matched) and what was never exercised."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every scenario passed (and the coverage reached --min-coverage)",
        "1:a scenario failed, or the coverage is below --min-coverage",
        "2:usage error, or a scenario file that cannot be used (malformed, an unknown field or criterion)",
        "3:a contract or scenario file could not be read, or the output could not be written"})
final class TestCommand implements Callable<Integer> {
  private static final long MAX_FILE_BYTES = ScenarioJson.MAX_DOCUMENT_BYTES;

  @ParentCommand
  LeadSpecCli cli;

  @Option(names = "--contract", required = true, paramLabel = "FILE", description = {"The contract, as JSON. Repeat it for "
      + "every version of a history: each scenario's lead goes to the version in effect at its deliveredAt."})
  List<Path> contracts;

  @Parameters(paramLabel = "SCENARIOS", arity = "0..*", description = "Scenario files: .json (lead-spec.scenarios/1) or .csv.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default) or junit: JUnit XML for CI systems, to --output or standard output.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where the JUnit XML goes (with --format junit).")
  Optional<Path> output;

  @Option(names = "--min-coverage", paramLabel = "PERCENT", description = "Fail (exit 1) when fewer than PERCENT of the "
      + "coverage items were exercised, e.g. 90 or 100.")
  Optional<BigDecimal> minCoverage;

  @Option(names = "--suggest", paramLabel = "FILE", description = "Write scenarios for what is not covered to FILE, from "
      + "the contract-aware generators (accepted leads, exactly-one-failing leads, bounds ±1, unknown facts); their "
      + "expectations come from the evaluator and are marked \"review\": true.")
  Optional<Path> suggest;

  @Override
  public Integer call() {
    String kind = format.toLowerCase(Locale.ROOT);
    if (!kind.equals("text") && !kind.equals("junit")) {
      throw new UsageException("--format " + format + " is neither text nor junit");
    }
    if (files.isEmpty() && suggest.isEmpty()) {
      throw new UsageException("no scenario files given (and no --suggest)");
    }
    if (minCoverage.isPresent() && (minCoverage.get().signum() < 0 || minCoverage.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new UsageException("--min-coverage " + minCoverage.get().toPlainString() + " is not a percentage from 0 to 100");
    }
    List<Contract> versions = new ArrayList<>();
    for (Path file : contracts) {
      versions.add(cli.contract(file));
    }
    ContractHistory history = ContractHistory.of(versions);
    ScenarioRunner runner = ScenarioRunner.of(history);
    Map<Path, List<Scenario>> read = new LinkedHashMap<>();
    try {
      // every file is read and checked before any scenario runs
      for (Path file : files) {
        read.put(file, read(file, history));
      }
    } catch (ScenarioException e) {
      cli.err.print("lead-spec: " + e.getMessage() + "\n");
      return LeadSpecCli.USAGE;
    }
    Map<Path, ScenarioReport> reports = new LinkedHashMap<>();
    List<Scenario> all = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (Map.Entry<Path, List<Scenario>> entry : read.entrySet()) {
      ScenarioReport report = runner.run(entry.getValue());
      reports.put(entry.getKey(), report);
      all.addAll(entry.getValue());
      report.results().forEach(result -> verdicts.add(result.verdict()));
    }
    Coverage coverage = Coverage.of(history, verdicts);
    boolean junitToStdout = kind.equals("junit") && output.isEmpty();
    PrintStream text = junitToStdout ? cli.err : cli.out;
    int scenarios = 0;
    int failures = 0;
    for (ScenarioReport report : reports.values()) {
      for (ScenarioResult failure : report.failures()) {
        text.print(failure.report() + "\n");
      }
      scenarios += report.results().size();
      failures += report.failures().size();
    }
    text.print(scenarios + " scenarios, " + (scenarios - failures) + " passed, " + failures + " failed\n");
    long unreviewed = all.stream().filter(Scenario::review).count();
    if (unreviewed > 0) {
      text.print(unreviewed + " scenarios are still marked \"review\": true: their expectations were copied from the "
          + "evaluator and nobody has confirmed them\n");
    }
    text.print(coverage.text());
    boolean covered = minCoverage.isEmpty() || coverage.atLeast(minCoverage.get());
    if (!covered) {
      text.print("coverage " + coverage.percent().toPlainString() + "% is below --min-coverage "
          + minCoverage.get().toPlainString() + "%\n");
    }
    text.flush();
    if (kind.equals("junit")) {
      byte[] xml = JunitXml.write(reports, coverage, minCoverage);
      if (!write(output.orElse(null), xml, "JUnit XML")) {
        return LeadSpecCli.CANNOT_RUN;
      }
    }
    if (suggest.isPresent()) {
      List<Scenario> suggested = ScenarioSuggestions.suggest(history, all);
      if (!write(suggest.get(), ScenarioJson.write(history.contractId(), suggested), "suggestions")) {
        return LeadSpecCli.CANNOT_RUN;
      }
      cli.err.print("lead-spec: " + suggested.size() + " suggested scenarios written to " + suggest.get()
          + "; review each expectation, then remove its \"review\": true\n");
    }
    cli.err.flush();
    return failures > 0 || !covered ? LeadSpecCli.FINDINGS : 0;
  }

  private List<Scenario> read(Path file, ContractHistory history) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new ScenarioException(file.toString(), 0, null, "", "the file is larger than " + MAX_FILE_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new java.io.UncheckedIOException("cannot read scenario file " + file + ": no such file or directory", e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read scenario file " + file + ": " + e.getMessage(), e);
    }
    if (file.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new ScenarioException(file.toString(), 0, null, "", "the file is not UTF-8 text");
      }
      return CsvScenarios.read(text, file.toString(), history);
    }
    return ScenarioJson.read(bytes, file.toString(), history);
  }

  private boolean write(Path file, byte[] bytes, String what) {
    if (file == null) {
      cli.out.write(bytes, 0, bytes.length);
      cli.out.flush();
      return true;
    }
    try {
      Files.write(file, bytes);
      return true;
    } catch (IOException e) {
      cli.err.print("lead-spec: cannot write " + what + " to " + file + ": " + e.getMessage() + "\n");
      return false;
    }
  }
}
