package dev.leadspec.examples;

import dev.leadspec.cli.CsvLeads;
import dev.leadspec.dispute.Statement;
import dev.leadspec.dispute.Tally;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSource;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.LeadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The main job: evaluates the flagship contract over its sample leads and prints every verdict
 * with its reasons and price, then a summary with the amount due; then writes the flagship's and
 * the bank's statements as HTML pages ({@link ExampleReports}) and prints where.
 *
 * <pre>{@code
 * mvn -q -pl lead-spec-examples -am compile exec:java
 * }</pre>
 */
public final class FlagshipReport {
  static final String SAMPLE_LEADS = "flagship-leads.csv";

  private FlagshipReport() {}

  /**
   * Prints the report to standard output, in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    report(HardwareUpgradeContract.V1, sampleLeads(HardwareUpgradeContract.V1), out);
    for (Path page : ExampleReports.write(Path.of(System.getProperty("leadspec.examples.target", "target")))) {
      out.print("report: " + page + "\n");
    }
  }

  static List<LeadSource.Record> sampleLeads(Contract contract) {
    try (InputStream in = Objects.requireNonNull(FlagshipReport.class.getResourceAsStream(SAMPLE_LEADS), SAMPLE_LEADS)) {
      return CsvLeads.of(contract).readAll(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void report(Contract contract, List<LeadSource.Record> records, PrintStream out) {
    Evaluator evaluator = Evaluator.of(contract);
    out.print(contract.reference() + ": " + contract.title() + "\n");
    List<Verdict> verdicts = new ArrayList<>();
    int errors = 0;
    for (LeadSource.Record record : records) {
      if (record.error().isPresent()) {
        errors++;
        out.print("ERROR line " + record.line() + ": " + record.error().get() + "\n");
        continue;
      }
      try {
        Verdict verdict = evaluator.evaluate(record.lead().orElseThrow());
        verdicts.add(verdict);
        out.print(verdict + "\n");
      } catch (LeadInputException e) {
        errors++;
        out.print("ERROR line " + record.line() + ": " + e.getMessage() + "\n");
      }
    }
    Tally total = Statement.of(verdicts, List.of()).total();
    out.print("\nrejections by criterion:");
    for (Criterion criterion : contract.criteria()) {
      out.print(" " + criterion.id() + "=" + total.rejectionsByReason().getOrDefault(criterion.id(), 0L));
    }
    List<String> due = new ArrayList<>();
    total.amountDue().forEach(money -> due.add(money.rounded().toString()));
    out.print("\nsummary: " + records.size() + " leads, " + total.accepted() + " accepted, " + total.rejected() + " rejected ("
        + total.replacementsOwed() + " only for unknown facts: owed as replacements), " + errors + " errors; amount due "
        + (due.isEmpty() ? "0" : String.join(" + ", due)) + "\n");
  }
}
