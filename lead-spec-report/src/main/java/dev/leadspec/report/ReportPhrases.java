package dev.leadspec.report;

import dev.leadspec.text.Language;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The words of the HTML page in one language. The page holds no language conditional: every
 * phrase goes through {@link #text(String)} keyed by its English text (as gettext keys by the
 * message), so English returns the key and another language looks it up. Where one English phrase
 * needs two translations the key carries a context after {@code @} ({@code "Amount due@nav"}),
 * which English drops. Phrases with a count are methods, because plurals differ. Numbers, dates
 * and money are not here: they are the core's {@link Language#number}, {@link Language#date} and
 * {@link Language#money}, one piece of code for the Markdown and the page.
 *
 * <p>A language is one implementation plus its line in {@link #of(Language)}.
 */
interface ReportPhrases {
  /**
   * The phrase table of a language.
   *
   * @param language the language
   * @return its table
   * @throws IllegalArgumentException if the page has no table for that language
   */
  static ReportPhrases of(Language language) {
    ReportPhrases phrases = Tables.BY_LANGUAGE.get(language);
    if (phrases == null) {
      throw new IllegalArgumentException("report: no phrase table for language " + language);
    }
    return phrases;
  }

  /**
   * A phrase.
   *
   * @param english the English phrase, possibly with an {@code @context}
   * @return the phrase in this language
   * @throws IllegalStateException if this language lacks the phrase
   */
  String text(String english);

  /**
   * A count of leads in words.
   *
   * @param count the count
   * @return {@code lead}/{@code leads} or {@code лид}/{@code лида}/{@code лидов}
   */
  String leads(long count);

  /**
   * The page's footer.
   *
   * @param verdicts how many verdicts
   * @param rulings how many rulings
   * @return a sentence or two
   */
  String footer(int verdicts, int rulings);

  /**
   * A short day for a chart's axis.
   *
   * @param date the day
   * @return {@code 03-02} or {@code 02.03}
   */
  String shortDate(LocalDate date);

  /**
   * The units of a duration: days, hours, minutes, seconds.
   *
   * @return four abbreviations
   */
  String[] durationUnits();

  /** The tables, by language. */
  final class Tables {
    static final Map<Language, ReportPhrases> BY_LANGUAGE = tables();

    private Tables() {}

    private static Map<Language, ReportPhrases> tables() {
      Map<Language, ReportPhrases> tables = new EnumMap<>(Language.class);
      tables.put(Language.EN, new EnglishReportPhrases());
      tables.put(Language.RU, new RussianReportPhrases());
      return tables;
    }
  }
}
