package dev.leadspec.report;

import java.time.LocalDate;

/** The page in English: each phrase is its key, less any {@code @context}. */
final class EnglishReportPhrases implements ReportPhrases {
  @Override
  public String text(String english) {
    int context = english.lastIndexOf('@');
    return context < 0 ? english : english.substring(0, context);
  }

  @Override
  public String leads(long count) {
    return count == 1 ? "lead" : "leads";
  }

  @Override
  public String footer(int verdicts, int rulings) {
    return "Written by lead-spec from " + verdicts + " verdicts and " + rulings + " rulings. Every figure is the statement's; "
        + "amounts are exact, not rounded.";
  }

  @Override
  public String shortDate(LocalDate date) {
    return two(date.getMonthValue()) + "-" + two(date.getDayOfMonth());
  }

  static String two(int number) {
    return number < 10 ? "0" + number : Integer.toString(number);
  }

  @Override
  public String[] durationUnits() {
    return new String[] {"d", "h", "min", "s"};
  }
}
