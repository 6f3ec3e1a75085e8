package dev.leadspec.report;

import dev.leadspec.dispute.Ground;
import dev.leadspec.dispute.Party;
import dev.leadspec.dispute.Ruling;
import dev.leadspec.dispute.Statement;
import dev.leadspec.dispute.Tally;
import dev.leadspec.eval.ContractHistory;
import dev.leadspec.eval.CriterionResult;
import dev.leadspec.eval.Evaluator;
import dev.leadspec.eval.FactReading;
import dev.leadspec.eval.Verdict;
import dev.leadspec.model.Contract;
import dev.leadspec.model.Criterion;
import dev.leadspec.model.Field;
import dev.leadspec.model.Money;
import dev.leadspec.model.Row;
import dev.leadspec.model.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the page. Every figure of the statement is written with {@code data-measure} (its name)
 * and {@code data-value} (its exact value), so a reader, a test or a spreadsheet import can read
 * the numbers back without parsing words.
 */
final class Page {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  /** Records every uncaught script error on the root element, where a DOM dump shows it. */
  static final String ERROR_CATCHER = "window.addEventListener('error',function(e){var h=document.documentElement;"
      + "h.setAttribute('data-script-errors',(h.getAttribute('data-script-errors')||'')+(e.message||'error')+';');});";

  private final ContractHistory history;
  private final List<Verdict> verdicts;
  private final Map<String, List<Ruling>> rulingsByLead = new LinkedHashMap<>();
  private final int rulingCount;
  private final Statement statement;
  private final Format f;
  private final Charts charts;
  private final Contract latest;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  Page(ContractHistory history, List<Verdict> verdicts, List<Ruling> rulings, Statement statement, Format format) {
    this.history = history;
    this.verdicts = verdicts;
    this.rulingCount = rulings.size();
    for (Ruling ruling : rulings) {
      rulingsByLead.computeIfAbsent(ruling.leadId(), id -> new ArrayList<>()).add(ruling);
    }
    this.statement = statement;
    this.f = format;
    this.charts = new Charts(format);
    this.latest = history.latest();
  }

  String render() {
    String title = f.t("Lead statement") + ": " + latest.title(f.tag());
    html.append("<!DOCTYPE html>\n<html lang=\"").append(f.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"generator\" content=\"lead-spec-report\">\n")
        .append("<title>").append(Format.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
        .append("<script>").append(ERROR_CATCHER).append("</script>\n</head>\n<body>\n");
    header();
    html.append("<main>\n");
    identity();
    summary();
    money();
    challenges();
    daily();
    shares();
    times();
    leads();
    html.append("</main>\n");
    html.append("<footer><p>").append(Format.escape(f.phrases().footer(verdicts.size(), rulingCount))).append("</p></footer>\n");
    html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  // ---------------------------------------------------------------- header and identity

  private void header() {
    Tally total = statement.total();
    List<Tally> days = statement.byDay();
    html.append("<header>\n<p class=\"kicker\">").append(Format.escape(f.t("Lead statement"))).append("</p>\n")
        .append("<h1>").append(Format.escape(latest.title(f.tag()))).append("</h1>\n<p class=\"lede\">")
        .append(Format.escape(f.t("Contract "))).append("<code>").append(Format.escape(history.contractId()))
        .append("</code>");
    if (!days.isEmpty()) {
      LocalDate first = LocalDate.parse(days.get(0).label());
      LocalDate last = LocalDate.parse(days.get(days.size() - 1).label());
      html.append(Format.escape(f.t(", leads delivered "))).append(Format.escape(f.date(first)))
          .append(first.equals(last) ? "" : "–" + Format.escape(f.date(last)));
    }
    html.append(Format.escape(f.t(": "))).append(f.integer(total.leads())).append(Format.escape(" " + f.phrases().leads(total.leads()) + ", "))
        .append(f.integer(total.billable())).append(Format.escape(f.t(" billable."))).append("</p>\n");
    html.append("<nav aria-label=\"").append(f.t("Contents")).append("\"><ol>");
    String[][] sections = {
        {"contract", f.t("Contract")}, {"summary", f.t("Summary")}, {"money", f.t("Amount due@nav")},
        {"challenges", f.t("Challenges")}, {"daily", f.t("Daily dynamics@nav")},
        {"shares", f.t("Shares")}, {"times", f.t("Time measures")},
        {"leads", f.t("Rejected and challenged leads")}};
    for (String[] section : sections) {
      html.append("<li><a href=\"#").append(section[0]).append("\">").append(Format.escape(section[1])).append("</a></li>");
    }
    html.append("</ol></nav>\n</header>\n");
  }

  private void identity() {
    Map<String, Tally> byVersion = new LinkedHashMap<>();
    statement.byVersion().forEach(tally -> byVersion.put(tally.label(), tally));
    html.append("<section id=\"contract\" aria-labelledby=\"contract-h\">\n<h2 id=\"contract-h\">")
        .append(f.t("The contract")).append("</h2>\n");
    html.append("<p>").append(Format.escape(f.t("The versions of "))).append("<code>")
        .append(Format.escape(history.contractId())).append("</code>").append(Format.escape(f.t(". A lead is judged by the version in effect when it was delivered; the fingerprint (SHA-256 of the canonical JSON) proves which text both sides agreed to.")))
        .append("</p>\n<div class=\"scroll\"><table class=\"data\">\n<thead><tr><th scope=\"col\">")
        .append(f.t("Version")).append("</th><th scope=\"col\">").append(f.t("Effective from"))
        .append("</th><th scope=\"col\">").append(f.t("Price")).append("</th><th scope=\"col\">")
        .append(f.t("Challenge window")).append("</th><th scope=\"col\" class=\"n\">")
        .append(f.t("Leads")).append("</th><th scope=\"col\">").append(f.t("Fingerprint"))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Contract version : history.versions()) {
      Tally tally = byVersion.get(version.reference());
      html.append("<tr><th scope=\"row\">v").append(version.version()).append("<br><span class=\"muted\">")
          .append(Format.escape(version.title(f.tag()))).append("</span></th><td>").append(Format.escape(f.date(version.effectiveFrom())))
          .append("<br><span class=\"muted\">").append(Format.escape(version.zone().getId())).append("</span></td><td>")
          .append(Format.escape(price(version))).append("</td><td>")
          .append(Format.escape(version.terms().challengeWindow().map(f::duration).orElse(f.t("no limit"))))
          .append("</td>");
      measure("td", "version." + version.reference() + ".leads", tally == null ? 0 : tally.leads());
      html.append("<td><code class=\"fp\">").append(Evaluator.of(version).fingerprint()).append("</code></td></tr>\n");
    }
    html.append("</tbody></table></div>\n</section>\n");
  }

  private String price(Contract version) {
    Terms terms = version.terms();
    if (terms.price().isPresent()) {
      return f.money(terms.price().get()) + f.t(" per accepted lead");
    }
    if (terms.priceTable().isPresent()) {
      String id = terms.priceTable().get();
      List<String> rows = new ArrayList<>();
      version.table(id).ifPresent(table -> {
        for (Row row : table.rows()) {
          rows.add(row.id() + " " + (row.output() instanceof Money money ? f.money(money) : row.output().toString()));
        }
      });
      return f.t("by table ") + id + (rows.isEmpty() ? "" : ": " + String.join(", ", rows));
    }
    return f.t("not stated");
  }

  // ---------------------------------------------------------------- summary

  private void summary() {
    Tally total = statement.total();
    html.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">").append(f.t("Summary"))
        .append("</h2>\n<dl class=\"cards\">\n");
    card(f.t("Amount due"), null, () -> amounts("total.amountDue", total.amountDue()), true);
    card(f.t("Billable leads"), f.t("reinstated by challenges: ")
        + f.integer(total.reinstated()), () -> measure("span", "total.billable", total.billable()), true);
    card(f.t("Leads delivered"), null, () -> measure("span", "total.leads", total.leads()), false);
    card(f.t("Accepted as delivered"), f.percent(total.accepted(), total.leads()),
        () -> measure("span", "total.accepted", total.accepted()), false);
    card(f.t("Rejected"), null, () -> measure("span", "total.rejected", total.rejected()), false);
    card(f.t("Replacements owed"), f.t("rejected only for unknown facts"),
        () -> measure("span", "total.replacementsOwed", total.replacementsOwed()), false);
    card(f.t("Overturned by the buyer"), f.t("accepted, then an upheld challenge"), () -> measure("span", "total.upheldAgainst", total.upheldAgainst()), false);
    card(f.t("Reinstated"), f.t("rejected, then an upheld challenge"),
        () -> measure("span", "total.reinstated", total.reinstated()), false);
    card(f.t("Challenges upheld"), null,
        () -> measure("span", "total.challengesUpheld", total.challengesUpheld()), false);
    long dismissed = 0;
    for (long count : total.challengesDismissed().values()) {
      dismissed += count;
    }
    long dismissedTotal = dismissed;
    card(f.t("Challenges dismissed"), null, () -> html.append(f.integer(dismissedTotal)), false);
    html.append("</dl>\n</section>\n");
  }

  private void card(String term, @Nullable String note, Runnable value, boolean key) {
    html.append("<div class=\"card").append(key ? " key" : "").append("\"><dt>").append(Format.escape(term)).append("</dt><dd>");
    value.run();
    if (note != null) {
      html.append("<span class=\"note\">").append(Format.escape(note)).append("</span>");
    }
    html.append("</dd></div>\n");
  }

  private void measure(String tag, String name, long value) {
    html.append('<').append(tag).append(tag.equals("td") ? " class=\"n\"" : " class=\"v\"").append(" data-measure=\"")
        .append(Format.escape(name)).append("\" data-value=\"").append(value).append("\">").append(f.integer(value))
        .append("</").append(tag).append('>');
  }

  private void amounts(String name, List<Money> amounts) {
    if (amounts.isEmpty()) {
      html.append("<span class=\"v\">0</span>");
      return;
    }
    for (int i = 0; i < amounts.size(); i++) {
      Money money = amounts.get(i);
      html.append(i == 0 ? "" : " + ").append("<span class=\"v\" data-measure=\"").append(Format.escape(name)).append('.')
          .append(money.currency().getCurrencyCode()).append("\" data-value=\"").append(money.amount().toPlainString()).append("\">")
          .append(Format.escape(f.money(money))).append("</span>");
    }
  }

  // ---------------------------------------------------------------- money

  private List<String> currencies() {
    Set<String> codes = new java.util.TreeSet<>();
    for (Tally tally : statement.byVersion()) {
      tally.amountDue().forEach(money -> codes.add(money.currency().getCurrencyCode()));
    }
    return new ArrayList<>(codes);
  }

  private static BigDecimal amount(Tally tally, String currency) {
    for (Money money : tally.amountDue()) {
      if (money.currency().getCurrencyCode().equals(currency)) {
        return money.amount();
      }
    }
    return BigDecimal.ZERO;
  }

  private void money() {
    html.append("<section id=\"money\" aria-labelledby=\"money-h\">\n<h2 id=\"money-h\">").append(f.t("Amount due"))
        .append("</h2>\n");
    List<String> currencies = currencies();
    if (currencies.isEmpty()) {
      html.append("<p>").append(Format.escape(f.t("Nothing is due: no lead is billable at a price."))).append("</p>\n");
    }
    List<Tally> days = statement.byDay();
    List<String> dayLabels = dayLabels();
    for (String currency : currencies) {
      List<String> labels = new ArrayList<>();
      List<BigDecimal> values = new ArrayList<>();
      List<String> colors = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Tally tally : statement.byVersion()) {
        labels.add(tally.label());
        BigDecimal amount = amount(tally, currency);
        values.add(amount);
        colors.add(Charts.color(0));
        texts.add(f.money(Money.of(amount, java.util.Currency.getInstance(currency))));
      }
      html.append("<h3>").append(Format.escape(f.t("Per contract version"))).append(" (").append(currency)
          .append(")</h3>\n<figure>").append(charts.rows(f.t("Amount due per contract version, ")
              + currency, f.t("Bars per version; the table below gives the figures."), labels, values, colors, texts, 720)).append("</figure>\n");
      List<BigDecimal> perDay = new ArrayList<>();
      for (Tally day : days) {
        perDay.add(amount(day, currency));
      }
      html.append("<h3>").append(Format.escape(f.t("Per day of delivery"))).append(" (").append(currency)
          .append(")</h3>\n<figure>").append(charts.columns(f.t("Amount due per day, ") + currency,
              f.t("One column per day of delivery; the figures are in the table Per day."),
              dayLabels, List.of(new Charts.Series(currency, Charts.color(0), perDay)), Optional.empty(),
              amount -> f.money(Money.of(amount, java.util.Currency.getInstance(currency))))).append("</figure>\n");
    }
    html.append("<h3>").append(Format.escape(f.t("Billable leads and replacements owed per day")))
        .append("</h3>\n");
    List<String> names = List.of(f.t("billable"), f.t("rejected, replacement owed"),
        f.t("rejected"), f.t("overturned"));
    List<String> colors = List.of(Charts.color(2), Charts.color(1), Charts.color(5), Charts.color(3));
    List<List<BigDecimal>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Tally day : days) {
      columns.get(0).add(BigDecimal.valueOf(day.billable()));
      columns.get(1).add(BigDecimal.valueOf(day.replacementsOwed()));
      columns.get(2).add(BigDecimal.valueOf(day.rejected() - day.replacementsOwed()));
      columns.get(3).add(BigDecimal.valueOf(day.upheldAgainst()));
    }
    List<Charts.Series> series = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      series.add(new Charts.Series(names.get(i), colors.get(i), columns.get(i)));
    }
    html.append("<figure>").append(charts.columns(f.t("Leads per day by what they come to"),
        f.t("Stacked columns per day: billable, rejected with a replacement owed, other rejections, overturned; the figures are in the table Per day."), dayLabels, series, Optional.empty(), value -> f.decimal(value)))
        .append(charts.legend(names, colors)).append("</figure>\n");
    tallyTable(f.t("Per contract version"), "version", statement.byVersion(), false);
    html.append("</section>\n");
  }

  private List<String> dayLabels() {
    List<String> labels = new ArrayList<>();
    for (Tally day : statement.byDay()) {
      labels.add(f.shortDate(LocalDate.parse(day.label())));
    }
    return labels;
  }

  private void tallyTable(String caption, String prefix, List<Tally> tallies, boolean days) {
    html.append("<div class=\"scroll\"><table class=\"data\">\n<caption>").append(Format.escape(caption)).append("</caption>\n")
        .append("<thead><tr><th scope=\"col\">").append(days ? Format.escape(dayColumn()) : f.t("Version")).append("</th>");
    String[] heads = {f.t("Leads"), f.t("Accepted"), f.t("Accept rate"), f.t("Billable"),
        f.t("Overturned"), f.t("Rejected"), f.t("Replacements"),
        f.t("Amount due@column")};
    for (String head : heads) {
      html.append("<th scope=\"col\" class=\"n\">").append(Format.escape(head)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Tally tally : tallies) {
      String name = prefix + "." + tally.label() + ".";
      html.append("<tr><th scope=\"row\">").append(Format.escape(days ? f.date(LocalDate.parse(tally.label())) : tally.label()))
          .append("</th>");
      measure("td", name + "leads", tally.leads());
      measure("td", name + "accepted", tally.accepted());
      html.append("<td class=\"n\">").append(f.percent(tally.accepted(), tally.leads())).append("</td>");
      measure("td", name + "billable", tally.billable());
      measure("td", name + "upheldAgainst", tally.upheldAgainst());
      measure("td", name + "rejected", tally.rejected());
      measure("td", name + "replacementsOwed", tally.replacementsOwed());
      html.append("<td class=\"n\">");
      amounts(name + "amountDue", tally.amountDue());
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n");
  }

  // ---------------------------------------------------------------- challenges

  private void challenges() {
    Tally total = statement.total();
    html.append("<section id=\"challenges\" aria-labelledby=\"challenges-h\">\n<h2 id=\"challenges-h\">")
        .append(f.t("Challenges by ground")).append("</h2>\n");
    if (rulingCount == 0) {
      html.append("<p>").append(Format.escape(f.t("No challenge was ruled on."))).append("</p>\n</section>\n");
      return;
    }
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    html.append("<div class=\"split\"><figure>");
    StringBuilder table = new StringBuilder("<table class=\"data\"><thead><tr><th scope=\"col\">")
        .append(f.t("Ground")).append("</th><th scope=\"col\">").append(f.t("Decision"))
        .append("</th><th scope=\"col\" class=\"n\">").append(f.t("Challenges@count")).append("</th></tr></thead><tbody>\n");
    for (Ground ground : Ground.values()) {
      long count = ground.upholds() ? total.challengesUpheld() : total.challengesDismissed().getOrDefault(ground, 0L);
      labels.add(f.ground(ground));
      values.add(BigDecimal.valueOf(count));
      colors.add(ground.upholds() ? Charts.color(2) : Charts.color(5));
      texts.add(f.integer(count));
      table.append("<tr><th scope=\"row\">").append(Format.escape(f.ground(ground))).append("</th><td>")
          .append(Format.escape(ground.upholds() ? f.t("upheld") : f.t("dismissed"))).append("</td>");
      String name = ground.upholds() ? "total.challengesUpheld" : "total.challengesDismissed." + ground.name();
      table.append("<td class=\"n\" data-measure=\"").append(name).append("\" data-value=\"").append(count).append("\">")
          .append(f.integer(count)).append("</td></tr>\n");
    }
    table.append("</tbody></table>");
    html.append(charts.rows(f.t("Challenges by ground"), f.t("One bar per ground; the table beside gives the figures."), labels, values, colors, texts, 520))
        .append("</figure>\n").append(table).append("</div>\n</section>\n");
  }

  /** The first column of a per-day table, naming the zones the days are counted in: {@code Day (Europe/Moscow)}. */
  private String dayColumn() {
    List<String> zones = new ArrayList<>();
    statement.zones().forEach(zone -> zones.add(zone.getId()));
    return zones.isEmpty() ? f.t("Day") : f.t("Day") + " (" + String.join(", ", zones) + ")";
  }

  // ---------------------------------------------------------------- daily dynamics

  private Map<String, String> criterionTitles() {
    Map<String, String> titles = new LinkedHashMap<>();
    for (int i = history.versions().size() - 1; i >= 0; i--) {
      for (Criterion criterion : history.versions().get(i).criteria()) {
        titles.putIfAbsent(criterion.id(), criterion.title(f.tag()));
      }
    }
    return titles;
  }

  private void daily() {
    List<Tally> days = statement.byDay();
    List<String> labels = dayLabels();
    html.append("<section id=\"daily\" aria-labelledby=\"daily-h\">\n<h2 id=\"daily-h\">").append(f.t("Daily dynamics"))
        .append("</h2>\n<h3>").append(Format.escape(f.t("Leads and accept rate"))).append("</h3>\n");
    List<BigDecimal> accepted = new ArrayList<>();
    List<BigDecimal> rejected = new ArrayList<>();
    List<BigDecimal> rate = new ArrayList<>();
    for (Tally day : days) {
      accepted.add(BigDecimal.valueOf(day.accepted()));
      rejected.add(BigDecimal.valueOf(day.leads() - day.accepted()));
      rate.add(Format.percentValue(day.accepted(), day.leads()));
    }
    List<String> names = List.of(f.t("accepted as delivered"), f.t("rejected as delivered"), f.t("accept rate, % (right axis)"));
    List<String> colors = List.of(Charts.color(0), Charts.GREY, Charts.color(5));
    html.append("<figure>").append(charts.columns(f.t("Leads per day and accept rate"),
        f.t("Columns: leads accepted and rejected as delivered, per day; line: the accept rate in percent. The figures are in the table Per day."), labels,
        List.of(new Charts.Series(names.get(0), colors.get(0), accepted), new Charts.Series(names.get(1), colors.get(1), rejected)),
        Optional.of(new Charts.Series(names.get(2), colors.get(2), rate)), value -> f.decimal(value)))
        .append(charts.legend(names, colors)).append("</figure>\n");

    Map<String, String> titles = criterionTitles();
    List<String> ids = new ArrayList<>(statement.total().rejectionsByReason().keySet());
    html.append("<h3>").append(Format.escape(f.t("Standing rejections by criterion"))).append("</h3>\n");
    if (ids.isEmpty()) {
      html.append("<p>").append(Format.escape(f.t("No lead stands rejected."))).append("</p>\n");
    } else {
      html.append("<p class=\"muted\">").append(Format.escape(f.t("A rejected lead counts once under every criterion it failed, so a column can be taller than the day's rejected leads."))).append("</p>\n");
      List<Charts.Series> series = new ArrayList<>();
      List<String> seriesNames = new ArrayList<>();
      List<String> seriesColors = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        List<BigDecimal> values = new ArrayList<>();
        for (Tally day : days) {
          values.add(BigDecimal.valueOf(day.rejectionsByReason().getOrDefault(id, 0L)));
        }
        String name = id + " " + titles.getOrDefault(id, "");
        seriesNames.add(name.strip());
        seriesColors.add(Charts.color(i));
        series.add(new Charts.Series(name.strip(), Charts.color(i), values));
      }
      html.append("<figure>").append(charts.columns(f.t("Standing rejections per day, stacked by criterion"), f.t("Stacked columns per day, one colour per criterion; the table below gives the figures."), labels, series,
          Optional.empty(), value -> f.decimal(value))).append(charts.legend(seriesNames, seriesColors)).append("</figure>\n");
      html.append("<div class=\"scroll\"><table class=\"data\">\n<caption>")
          .append(Format.escape(f.t("Standing rejections by criterion and day")))
          .append("</caption>\n<thead><tr><th scope=\"col\">").append(Format.escape(dayColumn())).append("</th>");
      for (String id : ids) {
        html.append("<th scope=\"col\" class=\"n\"><abbr title=\"").append(Format.escape(titles.getOrDefault(id, "")))
            .append("\"><code>").append(Format.escape(id)).append("</code></abbr></th>");
      }
      html.append("</tr></thead>\n<tbody>\n<tr class=\"sum\"><th scope=\"row\">").append(f.t("All days")).append("</th>");
      for (String id : ids) {
        measure("td", "total.rejectionsByReason." + id, statement.total().rejectionsByReason().get(id));
      }
      html.append("</tr>\n");
      for (Tally day : days) {
        html.append("<tr><th scope=\"row\">").append(Format.escape(f.date(LocalDate.parse(day.label())))).append("</th>");
        for (String id : ids) {
          measure("td", "day." + day.label() + ".rejectionsByReason." + id, day.rejectionsByReason().getOrDefault(id, 0L));
        }
        html.append("</tr>\n");
      }
      html.append("</tbody></table></div>\n");
    }
    tallyTable(f.t("Per day"), "day", days, true);
    html.append("</section>\n");
  }

  // ---------------------------------------------------------------- shares

  private void shares() {
    html.append("<section id=\"shares\" aria-labelledby=\"shares-h\">\n<h2 id=\"shares-h\">")
        .append(f.t("Shares by the contract's choices")).append("</h2>\n");
    List<Field> fields = Measures.choiceFields(history);
    if (fields.isEmpty()) {
      html.append("<p>").append(Format.escape(f.t("The contract names no choice, flag or scripted answer."))).append("</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"muted\">").append(Format.escape(f.t("Every lead as delivered, the billable leads and the others (standing rejected or overturned), split by the value each field had."))).append("</p>\n");
    List<Measures.Judged> judged = Measures.judge(verdicts, rulingsByLead);
    for (Field field : fields) {
      Measures.Shares shares = Measures.shares(field, judged, f);
      List<String> parts = shares.parts();
      List<String> colors = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        colors.add(i == parts.size() - 1 && shares.hasUnknown() ? Charts.GREY : Charts.color(i));
      }
      List<String> rows = List.of(f.t("all leads"), f.t("billable"), f.t("not billable"));
      html.append("<h3>").append(Format.escape(field.label(f.tag()))).append(" <code>").append(Format.escape(field.name()))
          .append("</code></h3>\n<div class=\"split\"><figure>")
          .append(charts.shares(f.t("Shares of ") + field.label(f.tag()), f.t("One bar per group of leads, split by value; the table beside gives the counts and shares."), rows, parts, colors, shares.counts(), 520)).append("</figure>\n");
      html.append("<table class=\"data\"><thead><tr><th scope=\"col\">").append(f.t("Value")).append("</th>");
      for (String row : rows) {
        html.append("<th scope=\"col\" class=\"n\">").append(Format.escape(row)).append("</th>");
      }
      html.append("</tr></thead><tbody>\n");
      long[] totals = new long[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        for (long count : shares.counts()[r]) {
          totals[r] += count;
        }
      }
      for (int p = 0; p < parts.size(); p++) {
        html.append("<tr><th scope=\"row\">").append(Format.escape(parts.get(p))).append("</th>");
        for (int r = 0; r < rows.size(); r++) {
          long count = shares.counts()[r][p];
          html.append("<td class=\"n\">").append(f.integer(count)).append(" <span class=\"muted\">")
              .append(f.percent(count, totals[r])).append("</span></td>");
        }
        html.append("</tr>\n");
      }
      html.append("</tbody></table></div>\n");
    }
    html.append("</section>\n");
  }

  // ---------------------------------------------------------------- time measures

  private void times() {
    html.append("<section id=\"times\" aria-labelledby=\"times-h\">\n<h2 id=\"times-h\">").append(f.t("Time measures"))
        .append("</h2>\n");
    List<Measures.Judged> judged = Measures.judge(verdicts, rulingsByLead);
    List<Measures.Timing> timings = Measures.timings(history, judged, f);
    if (timings.isEmpty()) {
      html.append("<p>").append(Format.escape(f.t("The leads carry no timestamps to measure by: no evidence with the instant it was recorded, no date field and no field measured in time units. Record the call's evidence with each fact to see the time from the call to delivery here."))).append("</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"muted\">").append(Format.escape(f.t("Medians and the 90th percentile are nearest-rank values of the leads that carry the measure."))).append("</p>\n<div class=\"scroll\"><table class=\"data\">\n<thead><tr><th scope=\"col\">")
        .append(f.t("Measure")).append("</th><th scope=\"col\">").append(f.t("Leads@measured")).append("</th>");
    String[] heads = {f.t("Measured"), f.t("Min"), f.t("Median"), f.t("90th pct."),
        f.t("Max")};
    for (String head : heads) {
      html.append("<th scope=\"col\" class=\"n\">").append(Format.escape(head)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Measures.Timing timing : timings) {
      String[] groups = {f.t("all leads"), f.t("billable")};
      for (int g = 0; g < 2; g++) {
        List<Long> values = g == 0 ? timing.all() : timing.billable();
        html.append("<tr>");
        if (g == 0) {
          html.append("<th scope=\"rowgroup\" rowspan=\"2\">").append(Format.escape(timing.name())).append("</th>");
        }
        html.append("<td>").append(Format.escape(groups[g])).append("</td><td class=\"n\">").append(f.integer(values.size()))
            .append("</td>");
        if (values.isEmpty()) {
          html.append("<td class=\"n\" colspan=\"4\">–</td>");
        } else {
          long[] stats = Measures.stats(values);
          for (long stat : stats) {
            html.append("<td class=\"n\">").append(Format.escape(timing.text().apply(stat))).append("</td>");
          }
        }
        html.append("</tr>\n");
      }
    }
    html.append("</tbody></table></div>\n</section>\n");
  }

  // ---------------------------------------------------------------- leads

  private void leads() {
    List<Measures.Judged> judged = new ArrayList<>(Measures.judge(verdicts, rulingsByLead));
    judged.removeIf(j -> j.original().isAccepted() && j.rulings().isEmpty());
    judged.sort(Comparator.comparing((Measures.Judged j) -> j.original().lead().deliveredAt()));
    html.append("<section id=\"leads\" aria-labelledby=\"leads-h\">\n<h2 id=\"leads-h\">")
        .append(f.t("Rejected and challenged leads")).append("</h2>\n");
    if (judged.isEmpty()) {
      html.append("<p>").append(Format.escape(f.t("Every lead was accepted and none was challenged."))).append("</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"muted\">").append(Format.escape(f.t("Every lead rejected as delivered or challenged, with each criterion that decided and the facts it read."))).append("</p>\n")
        .append("<div class=\"filter\" hidden><label for=\"lead-filter\">").append(f.t("Filter"))
        .append("</label> <input type=\"search\" id=\"lead-filter\" placeholder=\"")
        .append(Format.escape(f.t("lead, criterion, ground…"))).append("\"> <output id=\"lead-count\" "
            + "aria-live=\"polite\" data-of=\"").append(Format.escape(f.t("of"))).append("\"></output></div>\n")
        .append("<div class=\"scroll\"><table class=\"data leads\" id=\"lead-table\">\n<thead><tr>");
    String[][] heads = {{"text", f.t("Lead")}, {"text", f.t("Delivered")}, {"number", f.t("Version")},
        {"text", f.t("As delivered")}, {"text", f.t("Challenges")}, {"text", f.t("Stands")},
        {"text", f.t("Reasons")}};
    for (String[] head : heads) {
      html.append("<th scope=\"col\" data-type=\"").append(head[0]).append("\">").append(Format.escape(head[1])).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Measures.Judged row : judged) {
      Verdict original = row.original();
      Verdict standing = row.standing();
      html.append("<tr><th scope=\"row\">").append(Format.escape(original.leadId())).append("</th><td data-sort=\"")
          .append(Format.sortKey(original.lead().deliveredAt())).append("\">")
          .append(Format.escape(f.dateTime(original.lead().deliveredAt(), original.contract().zone()))).append("</td><td data-sort=\"")
          .append(original.contractVersion()).append("\">v").append(original.contractVersion()).append("</td><td>");
      outcome(original.isAccepted());
      html.append("</td><td>");
      for (Ruling ruling : row.rulings()) {
        html.append("<p class=\"ruling\">").append(ruling.isUpheld() ? "<b>" : "")
            .append(Format.escape(ruling.isUpheld() ? f.t("upheld") : f.t("dismissed")))
            .append(ruling.isUpheld() ? "</b>" : "").append(": ").append(Format.escape(f.ground(ruling.ground())))
            .append("<br><span class=\"muted\">").append(Format.escape(party(ruling.challenge().filedBy()) + ", "
                + f.dateTime(ruling.challenge().filedAt(), original.contract().zone()) + "; "
                + f.t("cites ") + String.join(", ", ruling.challenge().citedCriteria())))
            .append("</span></p>");
      }
      html.append("</td><td>");
      outcome(standing.isAccepted());
      html.append("</td><td>");
      Verdict explained = standing.isAccepted() ? original : standing;
      if (explained.isAccepted()) {
        html.append("<span class=\"muted\">").append(Format.escape(f.t("none: accepted"))).append("</span></td></tr>\n");
        continue;
      }
      html.append("<ul class=\"reasons\">");
      for (CriterionResult reason : explained.reasons()) {
        html.append("<li><code>").append(Format.escape(reason.criterionId())).append("</code> ")
            .append(Format.escape(explained.contract().criterion(reason.criterionId()).map(c -> c.title(f.tag()))
                .orElse(reason.title()))).append(": <span class=\"muted\">");
        List<String> facts = new ArrayList<>();
        for (FactReading reading : reason.facts()) {
          Optional<Field> field = explained.contract().field(reading.field());
          String label = field.map(known -> known.label(f.tag())).orElse(reading.field());
          facts.add(label + " = " + reading.value().map(value -> field.map(known -> f.value(value, known)).orElse(f.value(value)))
              .orElse(f.unknown()));
        }
        html.append(Format.escape(String.join(", ", facts))).append("</span></li>");
      }
      html.append("</ul>");
      if (standing.isAccepted() && !original.isAccepted()) {
        html.append("<span class=\"muted\">").append(Format.escape(f.t("(as delivered; reinstated)")))
            .append("</span>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n</section>\n");
  }

  private void outcome(boolean accepted) {
    html.append("<span class=\"badge ").append(accepted ? "ok" : "no").append("\">")
        .append(Format.escape(accepted ? f.t("accepted") : f.t("rejected"))).append("</span>");
  }

  private String party(Party party) {
    return party == Party.BUYER ? f.t("buyer") : f.t("supplier");
  }

  private static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(Page.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("report: cannot read " + name, e);
    }
  }
}
