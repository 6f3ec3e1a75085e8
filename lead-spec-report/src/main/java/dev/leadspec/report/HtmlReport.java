package dev.leadspec.report;

import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.LeadSpecException;
import dev.leadspec.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The month's statement as one self-contained HTML page a call-centre manager and a buyer's
 * accountant can read, print to A4 and file with the contract: the contract's identity (id,
 * versions, fingerprints), the amount due per version and per day, billable leads, replacements
 * owed, challenges by ground, daily dynamics with rejections by criterion, shares by each choice
 * the contract names, time measures where the leads carry the timestamps, and a table of every
 * rejected or challenged lead with its reasons. Charts are inline SVG drawn by this module; the
 * page loads nothing (no script, font or style from anywhere) and its few lines of script only
 * sort and filter the table, which reads the same without them. Every number is the
 * {@link Statement}'s, money exact. The same input gives the same bytes: the page reads no clock.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder()
 *     .history(ContractHistory.of(v1, v2))
 *     .verdicts(verdicts)
 *     .rulings(rulings)
 *     .language(Language.EN)
 *     .build();
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"), StandardCharsets.UTF_8)) {
 *   report.render(out);
 * }
 * report.statement().total().amountDue(); // the amount the page shows
 * }</pre>
 */
public final class HtmlReport {
  private final ContractHistory history;
  private final List<Verdict> verdicts;
  private final List<Ruling> rulings;
  private final Language language;
  private final Statement statement;

  private HtmlReport(ContractHistory history, List<Verdict> verdicts, List<Ruling> rulings, Language language) {
    this.history = history;
    this.verdicts = verdicts;
    this.rulings = rulings;
    this.language = language;
    this.statement = Statement.of(verdicts, rulings);
  }

  /**
   * Starts a report.
   *
   * <pre>{@code
   * HtmlReport.builder().history(history).verdicts(verdicts).build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The statement the page shows, as {@code Statement.of(verdicts, rulings)} computes it.
   *
   * <pre>{@code
   * report.statement().total().billable(); // the "billable" figure on the page
   * }</pre>
   *
   * @return the statement
   */
  public Statement statement() {
    return statement;
  }

  /**
   * The language of the page.
   *
   * <pre>{@code
   * report.language(); // EN
   * }</pre>
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Writes the page: UTF-8 HTML text, lines ending in {@code \n}. The page is built whole before
   * the first character is appended.
   *
   * <pre>{@code
   * StringBuilder html = new StringBuilder();
   * report.render(html);
   * }</pre>
   *
   * @param out where the page goes
   * @throws UncheckedIOException if {@code out} fails
   * @throws NullPointerException if {@code out} is null
   */
  public void render(Appendable out) {
    Objects.requireNonNull(out, "out");
    String html = html();
    try {
      out.append(html);
    } catch (IOException e) {
      throw new UncheckedIOException("report: cannot write the page: " + e.getMessage(), e);
    }
  }

  /**
   * The page as a string.
   *
   * <pre>{@code
   * Files.writeString(Path.of("report.html"), report.html(), StandardCharsets.UTF_8);
   * }</pre>
   *
   * @return the HTML page
   */
  public String html() {
    return new Page(history, verdicts, rulings, statement, new Format(language)).render();
  }

  /**
   * Collects what a report shows; {@link #build()} checks that it fits together. Not thread-safe;
   * the report it builds is immutable.
   *
   * <pre>{@code
   * HtmlReport.Builder builder = HtmlReport.builder().history(history).language(Language.RU);
   * builder.verdicts(march).verdicts(april);   // verdicts add up
   * HtmlReport report = builder.build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable ContractHistory history;
    private final List<Verdict> verdicts = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private Language language = Language.EN;

    private Builder() {}

    /**
     * The contract's versions: every verdict must be by one of them.
     *
     * <pre>{@code
     * builder.history(ContractHistory.of(v1, v2));
     * }</pre>
     *
     * @param history the history
     * @return this builder
     * @throws NullPointerException if {@code history} is null
     */
    public Builder history(ContractHistory history) {
      this.history = Objects.requireNonNull(history, "history");
      return this;
    }

    /**
     * Adds verdicts, one per lead, as delivered.
     *
     * <pre>{@code
     * builder.verdicts(leads.stream().map(history::evaluate).toList());
     * }</pre>
     *
     * @param verdicts the verdicts
     * @return this builder
     * @throws NullPointerException if {@code verdicts} or one of them is null
     */
    public Builder verdicts(Collection<Verdict> verdicts) {
      for (Verdict verdict : Objects.requireNonNull(verdicts, "verdicts")) {
        this.verdicts.add(Objects.requireNonNull(verdict, "verdict"));
      }
      return this;
    }

    /**
     * Adds rulings on challenges against those verdicts.
     *
     * <pre>{@code
     * builder.rulings(Arbiter.of(history).ruleAll(leads, challenges));
     * }</pre>
     *
     * @param rulings the rulings
     * @return this builder
     * @throws NullPointerException if {@code rulings} or one of them is null
     */
    public Builder rulings(Collection<Ruling> rulings) {
      for (Ruling ruling : Objects.requireNonNull(rulings, "rulings")) {
        this.rulings.add(Objects.requireNonNull(ruling, "ruling"));
      }
      return this;
    }

    /**
     * The page's language (the contract's own titles and labels stay as written); English unless
     * stated.
     *
     * <pre>{@code
     * builder.language(Language.RU);
     * }</pre>
     *
     * @param language the language
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Checks the input and builds the report.
     *
     * <pre>{@code
     * HtmlReport report = builder.build();
     * }</pre>
     *
     * @return the report
     * @throws IllegalStateException if no history was given
     * @throws ReportInputException if a verdict (or a ruling's original verdict) was not given by
     *     the version of the history that governed its lead, a lead has two verdicts, or a ruling
     *     names a lead without a verdict
     */
    public HtmlReport build() {
      ContractHistory given = history;
      if (given == null) {
        throw new IllegalStateException("report: no contract history given; call history(...) first");
      }
      Map<Integer, String> fingerprints = new HashMap<>();
      for (Contract version : given.versions()) {
        fingerprints.put(version.version(), Evaluator.of(version).fingerprint());
      }
      List<String> foreign = new ArrayList<>();
      List<String> duplicates = new ArrayList<>();
      Set<String> leads = new HashSet<>();
      for (Verdict verdict : verdicts) {
        foreignness(given, fingerprints, verdict).ifPresent(foreign::add);
        if (!leads.add(verdict.leadId()) && !duplicates.contains(verdict.leadId())) {
          duplicates.add(verdict.leadId());
        }
      }
      List<String> orphans = new ArrayList<>();
      for (Ruling ruling : rulings) {
        if (!leads.contains(ruling.leadId())) {
          orphans.add(ruling.leadId());
        }
        foreignness(given, fingerprints, ruling.original()).map(text -> "ruling on " + text).ifPresent(foreign::add);
      }
      if (!foreign.isEmpty() || !duplicates.isEmpty() || !orphans.isEmpty()) {
        throw new ReportInputException(given.contractId(), foreign, duplicates, orphans);
      }
      return new HtmlReport(given, List.copyOf(verdicts), List.copyOf(rulings), language);
    }

    private static Optional<String> foreignness(ContractHistory history, Map<Integer, String> fingerprints, Verdict verdict) {
      String named = "lead " + verdict.leadId() + ": " + verdict.contractId() + " v" + verdict.contractVersion()
          + " (fingerprint " + verdict.contractFingerprint().substring(0, Math.min(12, verdict.contractFingerprint().length())) + "…)";
      if (!verdict.contractId().equals(history.contractId())) {
        return Optional.of(named + " is not a version of " + history.contractId());
      }
      String fingerprint = fingerprints.get(verdict.contractVersion());
      if (fingerprint == null) {
        return Optional.of(named + " is not in the history (versions " + versions(history) + ")");
      }
      if (!fingerprint.equals(verdict.contractFingerprint())) {
        return Optional.of(named + " differs from the history's v" + verdict.contractVersion() + " (fingerprint "
            + fingerprint.substring(0, 12) + "…)");
      }
      Contract governing;
      try {
        governing = history.governing(verdict.lead().deliveredAt());
      } catch (LeadSpecException e) {
        return Optional.of(named + ": delivered at " + verdict.lead().deliveredAt() + ", before the first version took effect");
      }
      if (governing.version() != verdict.contractVersion()) {
        return Optional.of(named + ": delivered at " + verdict.lead().deliveredAt() + ", when v" + governing.version() + " governed");
      }
      return Optional.empty();
    }

    private static String versions(ContractHistory history) {
      List<String> numbers = new ArrayList<>();
      history.versions().forEach(version -> numbers.add(Integer.toString(version.version())));
      return String.join(", ", numbers);
    }
  }
}
