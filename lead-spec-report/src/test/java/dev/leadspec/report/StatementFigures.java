package dev.leadspec.report;

import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Statement;
import dev.leadspec.dispute.Tally;
import dev.leadspec.model.Money;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a page must show, named as the page names them, computed from the statement alone;
 * and the figures a page does show, read back from its {@code data-measure} elements.
 */
final class StatementFigures {
  private static final Pattern MEASURE =
      Pattern.compile("data-measure=\"([^\"]+)\" data-value=\"([^\"]+)\">([^<]*)</");

  private StatementFigures() {}

  /** Every figure of the statement, by the name the page gives it. */
  static Map<String, String> expected(Statement statement) {
    Map<String, String> figures = new LinkedHashMap<>();
    Tally total = statement.total();
    figures.put("total.leads", Long.toString(total.leads()));
    figures.put("total.accepted", Long.toString(total.accepted()));
    figures.put("total.billable", Long.toString(total.billable()));
    figures.put("total.rejected", Long.toString(total.rejected()));
    figures.put("total.upheldAgainst", Long.toString(total.upheldAgainst()));
    figures.put("total.reinstated", Long.toString(total.reinstated()));
    figures.put("total.replacementsOwed", Long.toString(total.replacementsOwed()));
    figures.put("total.challengesUpheld", Long.toString(total.challengesUpheld()));
    for (Ground ground : Ground.values()) {
      if (!ground.upholds()) {
        figures.put("total.challengesDismissed." + ground, Long.toString(total.challengesDismissed().getOrDefault(ground, 0L)));
      }
    }
    for (Money money : total.amountDue()) {
      figures.put("total.amountDue." + money.currency().getCurrencyCode(), money.amount().toPlainString());
    }
    total.rejectionsByReason().forEach((id, count) -> figures.put("total.rejectionsByReason." + id, Long.toString(count)));
    for (Tally tally : statement.byVersion()) {
      tally(figures, "version." + tally.label() + ".", tally);
    }
    for (Tally tally : statement.byDay()) {
      tally(figures, "day." + tally.label() + ".", tally);
      for (String id : total.rejectionsByReason().keySet()) {
        figures.put("day." + tally.label() + ".rejectionsByReason." + id,
            Long.toString(tally.rejectionsByReason().getOrDefault(id, 0L)));
      }
    }
    return figures;
  }

  private static void tally(Map<String, String> figures, String prefix, Tally tally) {
    figures.put(prefix + "leads", Long.toString(tally.leads()));
    figures.put(prefix + "accepted", Long.toString(tally.accepted()));
    figures.put(prefix + "billable", Long.toString(tally.billable()));
    figures.put(prefix + "upheldAgainst", Long.toString(tally.upheldAgainst()));
    figures.put(prefix + "rejected", Long.toString(tally.rejected()));
    figures.put(prefix + "replacementsOwed", Long.toString(tally.replacementsOwed()));
    for (Money money : tally.amountDue()) {
      figures.put(prefix + "amountDue." + money.currency().getCurrencyCode(), money.amount().toPlainString());
    }
  }

  /**
   * The figures on a page: name to value. Each element's text must say its value (the language's
   * grouping aside: commas in English, no-break spaces in Russian; its decimal point or comma; and
   * a currency code after an amount), and a name shown twice must show the same value.
   */
  static Map<String, String> shown(String html) {
    boolean russian = html.contains("<html lang=\"ru\"");
    Map<String, String> figures = new LinkedHashMap<>();
    Matcher matcher = MEASURE.matcher(html);
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = matcher.group(2);
      String text = matcher.group(3).replace("\u00a0", " ").replace("&nbsp;", " ");
      String said = russian ? text.replace(" ", "").replace(',', '.') : text.replace(" ", "").replace(",", "");
      String expected = name.contains(".amountDue.") ? value + name.substring(name.lastIndexOf('.') + 1) : value;
      if (!said.equals(expected)) {
        throw new AssertionError("figure " + name + " = " + value + " reads \"" + text + "\"");
      }
      String before = figures.put(name, value);
      if (before != null && !before.equals(value)) {
        throw new AssertionError("figure " + name + " is shown as " + before + " and as " + value);
      }
    }
    return figures;
  }
}
