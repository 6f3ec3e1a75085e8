package dev.leadspec.examples;

import dev.leadspec.cli.CsvLeads;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.LeadInputException;
import dev.leadspec.model.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The main job: evaluates the flagship contract over its sample leads and prints every verdict
 * with its reasons and price, then a summary with the amount due.
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
  }

  static List<CsvLeads.Record> sampleLeads(Contract contract) {
    try (InputStream in = Objects.requireNonNull(FlagshipReport.class.getResourceAsStream(SAMPLE_LEADS), SAMPLE_LEADS)) {
      return CsvLeads.of(contract).readAll(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void report(Contract contract, List<CsvLeads.Record> records, PrintStream out) {
    Evaluator evaluator = Evaluator.of(contract);
    out.print(contract.reference() + ": " + contract.title() + "\n");
    int accepted = 0;
    int owed = 0;
    List<String> errors = new ArrayList<>();
    Map<String, Integer> byReason = new LinkedHashMap<>();
    for (Criterion criterion : contract.criteria()) {
      byReason.put(criterion.id(), 0);
    }
    Money due = Money.zero("RUB");
    for (CsvLeads.Record record : records) {
      if (record.error().isPresent()) {
        errors.add(record.error().get());
        out.print("ERROR " + record.error().get() + "\n");
        continue;
      }
      Verdict verdict;
      try {
        verdict = evaluator.evaluate(record.lead().orElseThrow());
      } catch (LeadInputException e) {
        errors.add("line " + record.line() + ": " + e.getMessage());
        out.print("ERROR line " + record.line() + ": " + e.getMessage() + "\n");
        continue;
      }
      out.print(verdict + "\n");
      if (verdict.isAccepted()) {
        accepted++;
        due = due.plus(verdict.price().orElseThrow());
      } else {
        owed += verdict.rejectedOnlyForUnknowns() ? 1 : 0;
        for (CriterionResult reason : verdict.reasons()) {
          byReason.merge(reason.criterionId(), 1, Integer::sum);
        }
      }
    }
    int evaluated = records.size() - errors.size();
    out.print("\nrejections by criterion:");
    byReason.forEach((id, count) -> out.print(" " + id + "=" + count));
    out.print("\nsummary: " + records.size() + " leads, " + accepted + " accepted, " + (evaluated - accepted) + " rejected ("
        + owed + " only for unknown facts: owed as replacements), " + errors.size() + " errors; amount due "
        + due.rounded() + "\n");
  }
}
