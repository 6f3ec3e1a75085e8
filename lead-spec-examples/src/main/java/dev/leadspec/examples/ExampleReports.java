package dev.leadspec.examples;

import dev.leadspec.dispute.Arbiter;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Verdict;
import dev.leadspec.json.LeadSource;
import dev.leadspec.model.Lead;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.report.HtmlReport;
import dev.leadspec.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statements of the examples as HTML pages: the flagship's 120 sample leads under its history
 * (version 1 and the April amendment) with the same-brand dispute's challenges filed against them,
 * and the UCI bank calls (CC BY 4.0, Moro et al. 2011) under the bank's contract.
 *
 * <pre>{@code
 * Files.writeString(Path.of("flagship.html"), ExampleReports.flagship(Language.EN).html());
 * List<Path> pages = ExampleReports.write(Path.of("target"));
 * }</pre>
 */
public final class ExampleReports {
  private static final String BANK_DATA = "bank/bank.csv";

  private ExampleReports() {}

  /**
   * The flagship's month: the sample leads judged by the governing versions, and the challenges
   * of {@link SameBrandDispute#challenges(List)} filed against the same leads and ruled on.
   *
   * @param language the page's language
   * @return the report
   */
  public static HtmlReport flagship(Language language) {
    ContractHistory history = ContractHistory.of(HardwareUpgradeContract.V1, HardwareUpgradeContract.V2);
    List<Lead> leads = new ArrayList<>();
    for (LeadSource.Record record : FlagshipReport.sampleLeads(history.latest())) {
      leads.add(record.lead().orElseThrow(() -> new LeadSpecException("flagship sample: " + record.error().orElseThrow())));
    }
    List<Verdict> verdicts = new ArrayList<>();
    leads.forEach(lead -> verdicts.add(history.evaluate(lead)));
    List<Ruling> rulings = Arbiter.of(history).ruleAll(leads, SameBrandDispute.challenges(leads));
    return HtmlReport.builder().history(history).verdicts(verdicts).rulings(rulings).language(language).build();
  }

  /**
   * The bank's calls: every record of {@code bank.csv} that reads as a lead, under the bank's
   * contract. The data carries no dates, so all leads are delivered on one day.
   *
   * @param language the page's language
   * @return the report
   */
  public static HtmlReport bank(Language language) {
    ContractHistory history = ContractHistory.of(BankTelemarketing.CONTRACT);
    List<Verdict> verdicts = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(ExampleReports.class.getResourceAsStream(BANK_DATA), BANK_DATA)) {
      for (LeadSource.Record record : BankTelemarketing.csv().readAll(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        record.lead().ifPresent(lead -> verdicts.add(history.evaluate(lead)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HtmlReport.builder().history(history).verdicts(verdicts).language(language).build();
  }

  /**
   * Writes {@code flagship-report.en.html}, {@code flagship-report.ru.html} and
   * {@code bank-report.en.html} into a directory, creating it if needed.
   *
   * @param dir the directory
   * @return the pages written, in that order
   * @throws UncheckedIOException if a page cannot be written
   */
  public static List<Path> write(Path dir) {
    try {
      Files.createDirectories(dir);
      List<Path> pages = List.of(dir.resolve("flagship-report.en.html"), dir.resolve("flagship-report.ru.html"),
          dir.resolve("bank-report.en.html"));
      Files.writeString(pages.get(0), flagship(Language.EN).html(), StandardCharsets.UTF_8);
      Files.writeString(pages.get(1), flagship(Language.RU).html(), StandardCharsets.UTF_8);
      Files.writeString(pages.get(2), bank(Language.EN).html(), StandardCharsets.UTF_8);
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the example reports to " + dir + ": " + e.getMessage(), e);
    }
  }
}
